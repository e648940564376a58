from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_webhook_event_response_params import GetWebhookEventResponseParams
    from ..models.webhook_event_detail_response_data import WebhookEventDetailResponseData


T = TypeVar("T", bound="GetWebhookEventResponse")


def _convert_data(value: WebhookEventDetailResponseData | Mapping[str, Any]) -> WebhookEventDetailResponseData:
    return cast(
        "WebhookEventDetailResponseData",
        as_model(value, ".webhook_event_detail_response_data", "WebhookEventDetailResponseData", __package__),
    )


def _convert_params(value: GetWebhookEventResponseParams | Mapping[str, Any]) -> GetWebhookEventResponseParams:
    return cast(
        "GetWebhookEventResponseParams",
        as_model(value, ".get_webhook_event_response_params", "GetWebhookEventResponseParams", __package__),
    )


@_attrs_define
class GetWebhookEventResponse:
    """What getWebhookEvent returns

    Attributes:
        data (WebhookEventDetailResponseData)
        params (GetWebhookEventResponseParams)
    """

    data: WebhookEventDetailResponseData = _attrs_field(converter=_convert_data)

    params: GetWebhookEventResponseParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

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
        from ..models.get_webhook_event_response_params import GetWebhookEventResponseParams  # noqa: PLC0415
        from ..models.webhook_event_detail_response_data import WebhookEventDetailResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = WebhookEventDetailResponseData.from_dict(d.pop("data"))

        params = GetWebhookEventResponseParams.from_dict(d.pop("params"))

        get_webhook_event_response = cls(
            data=data,
            params=params,
        )

        get_webhook_event_response.additional_properties = d
        return get_webhook_event_response

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
