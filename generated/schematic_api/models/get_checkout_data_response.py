from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.checkout_data_response_data import CheckoutDataResponseData
    from ..models.get_checkout_data_response_params import GetCheckoutDataResponseParams


T = TypeVar("T", bound="GetCheckoutDataResponse")


def _convert_data(value: CheckoutDataResponseData | Mapping[str, Any]) -> CheckoutDataResponseData:
    return cast(
        "CheckoutDataResponseData",
        as_model(value, ".checkout_data_response_data", "CheckoutDataResponseData", __package__),
    )


def _convert_params(value: GetCheckoutDataResponseParams | Mapping[str, Any]) -> GetCheckoutDataResponseParams:
    return cast(
        "GetCheckoutDataResponseParams",
        as_model(value, ".get_checkout_data_response_params", "GetCheckoutDataResponseParams", __package__),
    )


@_attrs_define
class GetCheckoutDataResponse:
    """What getCheckoutData returns

    Attributes:
        data (CheckoutDataResponseData)
        params (GetCheckoutDataResponseParams)
    """

    data: CheckoutDataResponseData = _attrs_field(converter=_convert_data)

    params: GetCheckoutDataResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.checkout_data_response_data import CheckoutDataResponseData  # noqa: PLC0415
        from ..models.get_checkout_data_response_params import GetCheckoutDataResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CheckoutDataResponseData.from_dict(d.pop("data"))

        params = GetCheckoutDataResponseParams.from_dict(d.pop("params"))

        get_checkout_data_response = cls(
            data=data,
            params=params,
        )

        get_checkout_data_response.additional_properties = d
        return get_checkout_data_response

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
