from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_scheduled_checkout_response_params import GetScheduledCheckoutResponseParams
    from ..models.scheduled_checkout_response_data import ScheduledCheckoutResponseData


T = TypeVar("T", bound="GetScheduledCheckoutResponse")


def _convert_data(value: ScheduledCheckoutResponseData | Mapping[str, Any]) -> ScheduledCheckoutResponseData:
    return cast(
        "ScheduledCheckoutResponseData",
        as_model(value, ".scheduled_checkout_response_data", "ScheduledCheckoutResponseData", __package__),
    )


def _convert_params(
    value: GetScheduledCheckoutResponseParams | Mapping[str, Any],
) -> GetScheduledCheckoutResponseParams:
    return cast(
        "GetScheduledCheckoutResponseParams",
        as_model(value, ".get_scheduled_checkout_response_params", "GetScheduledCheckoutResponseParams", __package__),
    )


@_attrs_define
class GetScheduledCheckoutResponse:
    """What getScheduledCheckout returns

    Attributes:
        data (ScheduledCheckoutResponseData)
        params (GetScheduledCheckoutResponseParams)
    """

    data: ScheduledCheckoutResponseData = _attrs_field(converter=_convert_data)

    params: GetScheduledCheckoutResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.get_scheduled_checkout_response_params import GetScheduledCheckoutResponseParams  # noqa: PLC0415
        from ..models.scheduled_checkout_response_data import ScheduledCheckoutResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = ScheduledCheckoutResponseData.from_dict(d.pop("data"))

        params = GetScheduledCheckoutResponseParams.from_dict(d.pop("params"))

        get_scheduled_checkout_response = cls(
            data=data,
            params=params,
        )

        get_scheduled_checkout_response.additional_properties = d
        return get_scheduled_checkout_response

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
