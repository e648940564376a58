from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.payment_method_response_data import PaymentMethodResponseData
    from ..models.upsert_payment_method_response_params import UpsertPaymentMethodResponseParams


T = TypeVar("T", bound="UpsertPaymentMethodResponse")


def _convert_data(value: PaymentMethodResponseData | Mapping[str, Any]) -> PaymentMethodResponseData:
    return cast(
        "PaymentMethodResponseData",
        as_model(value, ".payment_method_response_data", "PaymentMethodResponseData", __package__),
    )


def _convert_params(value: UpsertPaymentMethodResponseParams | Mapping[str, Any]) -> UpsertPaymentMethodResponseParams:
    return cast(
        "UpsertPaymentMethodResponseParams",
        as_model(value, ".upsert_payment_method_response_params", "UpsertPaymentMethodResponseParams", __package__),
    )


@_attrs_define
class UpsertPaymentMethodResponse:
    """What upsertPaymentMethod returns

    Attributes:
        data (PaymentMethodResponseData)
        params (UpsertPaymentMethodResponseParams)
    """

    data: PaymentMethodResponseData = _attrs_field(converter=_convert_data)

    params: UpsertPaymentMethodResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.payment_method_response_data import PaymentMethodResponseData  # noqa: PLC0415
        from ..models.upsert_payment_method_response_params import UpsertPaymentMethodResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = PaymentMethodResponseData.from_dict(d.pop("data"))

        params = UpsertPaymentMethodResponseParams.from_dict(d.pop("params"))

        upsert_payment_method_response = cls(
            data=data,
            params=params,
        )

        upsert_payment_method_response.additional_properties = d
        return upsert_payment_method_response

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
