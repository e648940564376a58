from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCurrencyPriceRequestBody")


@_attrs_define
class CreditCurrencyPriceRequestBody:
    """The `CreditCurrencyPriceRequestBody` object of the API.

    Attributes:
        currency (str)
        price_per_unit (int | None | Unset)
        price_per_unit_decimal (None | str | Unset)
    """

    currency: str

    price_per_unit: int | None | Unset = UNSET

    price_per_unit_decimal: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        price_per_unit: int | None | Unset
        if isinstance(self.price_per_unit, Unset):
            price_per_unit = UNSET
        else:
            price_per_unit = self.price_per_unit

        price_per_unit_decimal: None | str | Unset
        if isinstance(self.price_per_unit_decimal, Unset):
            price_per_unit_decimal = UNSET
        else:
            price_per_unit_decimal = self.price_per_unit_decimal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if price_per_unit is not UNSET:
            field_dict["price_per_unit"] = price_per_unit
        if price_per_unit_decimal is not UNSET:
            field_dict["price_per_unit_decimal"] = price_per_unit_decimal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        def _parse_price_per_unit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price_per_unit = _parse_price_per_unit(d.pop("price_per_unit", UNSET))

        def _parse_price_per_unit_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_per_unit_decimal = _parse_price_per_unit_decimal(d.pop("price_per_unit_decimal", UNSET))

        credit_currency_price_request_body = cls(
            currency=currency,
            price_per_unit=price_per_unit,
            price_per_unit_decimal=price_per_unit_decimal,
        )

        credit_currency_price_request_body.additional_properties = d
        return credit_currency_price_request_body

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
