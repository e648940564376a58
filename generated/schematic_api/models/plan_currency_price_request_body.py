from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanCurrencyPriceRequestBody")


@_attrs_define
class PlanCurrencyPriceRequestBody:
    """The `PlanCurrencyPriceRequestBody` object of the API.

    Attributes:
        currency (str)
        monthly_price (int | None | Unset)
        one_time_price (int | None | Unset)
        quarterly_price (int | None | Unset)
        yearly_price (int | None | Unset)
    """

    currency: str

    monthly_price: int | None | Unset = UNSET

    one_time_price: int | None | Unset = UNSET

    quarterly_price: int | None | Unset = UNSET

    yearly_price: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        monthly_price: int | None | Unset
        if isinstance(self.monthly_price, Unset):
            monthly_price = UNSET
        else:
            monthly_price = self.monthly_price

        one_time_price: int | None | Unset
        if isinstance(self.one_time_price, Unset):
            one_time_price = UNSET
        else:
            one_time_price = self.one_time_price

        quarterly_price: int | None | Unset
        if isinstance(self.quarterly_price, Unset):
            quarterly_price = UNSET
        else:
            quarterly_price = self.quarterly_price

        yearly_price: int | None | Unset
        if isinstance(self.yearly_price, Unset):
            yearly_price = UNSET
        else:
            yearly_price = self.yearly_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if monthly_price is not UNSET:
            field_dict["monthly_price"] = monthly_price
        if one_time_price is not UNSET:
            field_dict["one_time_price"] = one_time_price
        if quarterly_price is not UNSET:
            field_dict["quarterly_price"] = quarterly_price
        if yearly_price is not UNSET:
            field_dict["yearly_price"] = yearly_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        def _parse_monthly_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monthly_price = _parse_monthly_price(d.pop("monthly_price", UNSET))

        def _parse_one_time_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        one_time_price = _parse_one_time_price(d.pop("one_time_price", UNSET))

        def _parse_quarterly_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quarterly_price = _parse_quarterly_price(d.pop("quarterly_price", UNSET))

        def _parse_yearly_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        yearly_price = _parse_yearly_price(d.pop("yearly_price", UNSET))

        plan_currency_price_request_body = cls(
            currency=currency,
            monthly_price=monthly_price,
            one_time_price=one_time_price,
            quarterly_price=quarterly_price,
            yearly_price=yearly_price,
        )

        plan_currency_price_request_body.additional_properties = d
        return plan_currency_price_request_body

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
