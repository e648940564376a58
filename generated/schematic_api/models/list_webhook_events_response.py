from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.list_webhook_events_params import ListWebhookEventsParams
    from ..models.webhook_event_detail_response_data import WebhookEventDetailResponseData


T = TypeVar("T", bound="ListWebhookEventsResponse")


def _convert_data(
    value: list[WebhookEventDetailResponseData] | Sequence[WebhookEventDetailResponseData | Mapping[str, Any]],
) -> list[WebhookEventDetailResponseData]:
    return cast(
        "list[WebhookEventDetailResponseData]",
        as_model_list(value, ".webhook_event_detail_response_data", "WebhookEventDetailResponseData", __package__),
    )


def _convert_params(value: ListWebhookEventsParams | Mapping[str, Any]) -> ListWebhookEventsParams:
    return cast(
        "ListWebhookEventsParams",
        as_model(value, ".list_webhook_events_params", "ListWebhookEventsParams", __package__),
    )


@_attrs_define
class ListWebhookEventsResponse:
    """What listWebhookEvents returns

    Attributes:
        data (list[WebhookEventDetailResponseData])
        params (ListWebhookEventsParams): The parameters listWebhookEvents was called with
    """

    data: list[WebhookEventDetailResponseData] = _attrs_field(converter=_convert_data)

    params: ListWebhookEventsParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_webhook_events_params import ListWebhookEventsParams  # noqa: PLC0415
        from ..models.webhook_event_detail_response_data import WebhookEventDetailResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = WebhookEventDetailResponseData.from_dict(data_item_data)

            data.append(data_item)

        params = ListWebhookEventsParams.from_dict(d.pop("params"))

        list_webhook_events_response = cls(
            data=data,
            params=params,
        )

        list_webhook_events_response.additional_properties = d
        return list_webhook_events_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
