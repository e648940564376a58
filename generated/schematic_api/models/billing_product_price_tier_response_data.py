from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingProductPriceTierResponseData")


@_attrs_define
class BillingProductPriceTierResponseData:
    """The `BillingProductPriceTierResponseData` object of the API.

    Attributes:
        flat_amount (int | None | Unset)
        per_unit_price (int | None | Unset)
        per_unit_price_decimal (None | str | Unset)
        up_to (int | None | Unset)
    """

    flat_amount: int | None | Unset = UNSET

    per_unit_price: int | None | Unset = UNSET

    per_unit_price_decimal: None | str | Unset = UNSET

    up_to: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flat_amount: int | None | Unset
        if isinstance(self.flat_amount, Unset):
            flat_amount = UNSET
        else:
            flat_amount = self.flat_amount

        per_unit_price: int | None | Unset
        if isinstance(self.per_unit_price, Unset):
            per_unit_price = UNSET
        else:
            per_unit_price = self.per_unit_price

        per_unit_price_decimal: None | str | Unset
        if isinstance(self.per_unit_price_decimal, Unset):
            per_unit_price_decimal = UNSET
        else:
            per_unit_price_decimal = self.per_unit_price_decimal

        up_to: int | None | Unset
        if isinstance(self.up_to, Unset):
            up_to = UNSET
        else:
            up_to = self.up_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flat_amount is not UNSET:
            field_dict["flat_amount"] = flat_amount
        if per_unit_price is not UNSET:
            field_dict["per_unit_price"] = per_unit_price
        if per_unit_price_decimal is not UNSET:
            field_dict["per_unit_price_decimal"] = per_unit_price_decimal
        if up_to is not UNSET:
            field_dict["up_to"] = up_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_flat_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        flat_amount = _parse_flat_amount(d.pop("flat_amount", UNSET))

        def _parse_per_unit_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        per_unit_price = _parse_per_unit_price(d.pop("per_unit_price", UNSET))

        def _parse_per_unit_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        per_unit_price_decimal = _parse_per_unit_price_decimal(d.pop("per_unit_price_decimal", UNSET))

        def _parse_up_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        up_to = _parse_up_to(d.pop("up_to", UNSET))

        billing_product_price_tier_response_data = cls(
            flat_amount=flat_amount,
            per_unit_price=per_unit_price,
            per_unit_price_decimal=per_unit_price_decimal,
            up_to=up_to,
        )

        billing_product_price_tier_response_data.additional_properties = d
        return billing_product_price_tier_response_data

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
