from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.list_scheduled_checkouts_params import ListScheduledCheckoutsParams
    from ..models.scheduled_checkout_response_data import ScheduledCheckoutResponseData


T = TypeVar("T", bound="ListScheduledCheckoutsResponse")


def _convert_data(
    value: list[ScheduledCheckoutResponseData] | Sequence[ScheduledCheckoutResponseData | Mapping[str, Any]],
) -> list[ScheduledCheckoutResponseData]:
    return cast(
        "list[ScheduledCheckoutResponseData]",
        as_model_list(value, ".scheduled_checkout_response_data", "ScheduledCheckoutResponseData", __package__),
    )


def _convert_params(value: ListScheduledCheckoutsParams | Mapping[str, Any]) -> ListScheduledCheckoutsParams:
    return cast(
        "ListScheduledCheckoutsParams",
        as_model(value, ".list_scheduled_checkouts_params", "ListScheduledCheckoutsParams", __package__),
    )


@_attrs_define
class ListScheduledCheckoutsResponse:
    """What listScheduledCheckouts returns

    Attributes:
        data (list[ScheduledCheckoutResponseData])
        params (ListScheduledCheckoutsParams): The parameters listScheduledCheckouts was called with
    """

    data: list[ScheduledCheckoutResponseData] = _attrs_field(converter=_convert_data)

    params: ListScheduledCheckoutsParams = _attrs_field(converter=_convert_params)

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
        from ..models.list_scheduled_checkouts_params import ListScheduledCheckoutsParams  # noqa: PLC0415
        from ..models.scheduled_checkout_response_data import ScheduledCheckoutResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ScheduledCheckoutResponseData.from_dict(data_item_data)

            data.append(data_item)

        params = ListScheduledCheckoutsParams.from_dict(d.pop("params"))

        list_scheduled_checkouts_response = cls(
            data=data,
            params=params,
        )

        list_scheduled_checkouts_response.additional_properties = d
        return list_scheduled_checkouts_response

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
