from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.billing_price_view import BillingPriceView


T = TypeVar("T", bound="CreditCurrencyPrice")


def _convert_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


@_attrs_define
class CreditCurrencyPrice:
    """The `CreditCurrencyPrice` object of the API.

    Attributes:
        currency (str)
        price (BillingPriceView | Unset)
    """

    currency: str

    price: BillingPriceView | Unset = _attrs_field(default=UNSET, converter=_convert_price)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_price_view import BillingPriceView  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency")

        _price = d.pop("price", UNSET)
        price: BillingPriceView | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = BillingPriceView.from_dict(_price)

        credit_currency_price = cls(
            currency=currency,
            price=price,
        )

        credit_currency_price.additional_properties = d
        return credit_currency_price

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
