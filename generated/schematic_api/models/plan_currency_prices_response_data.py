from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.billing_price_response_data import BillingPriceResponseData


T = TypeVar("T", bound="PlanCurrencyPricesResponseData")


def _convert_monthly_price(
    value: BillingPriceResponseData | Unset | Mapping[str, Any],
) -> BillingPriceResponseData | Unset:
    return cast(
        "BillingPriceResponseData | Unset",
        as_model(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


def _convert_one_time_price(
    value: BillingPriceResponseData | Unset | Mapping[str, Any],
) -> BillingPriceResponseData | Unset:
    return cast(
        "BillingPriceResponseData | Unset",
        as_model(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


def _convert_quarterly_price(
    value: BillingPriceResponseData | Unset | Mapping[str, Any],
) -> BillingPriceResponseData | Unset:
    return cast(
        "BillingPriceResponseData | Unset",
        as_model(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


def _convert_yearly_price(
    value: BillingPriceResponseData | Unset | Mapping[str, Any],
) -> BillingPriceResponseData | Unset:
    return cast(
        "BillingPriceResponseData | Unset",
        as_model(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


@_attrs_define
class PlanCurrencyPricesResponseData:
    """The `PlanCurrencyPricesResponseData` object of the API.

    Attributes:
        currency (str)
        monthly_price (BillingPriceResponseData | Unset)
        one_time_price (BillingPriceResponseData | Unset)
        quarterly_price (BillingPriceResponseData | Unset)
        yearly_price (BillingPriceResponseData | Unset)
    """

    currency: str

    monthly_price: BillingPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_monthly_price)

    one_time_price: BillingPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_one_time_price)

    quarterly_price: BillingPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_quarterly_price)

    yearly_price: BillingPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_yearly_price)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        monthly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly_price, Unset):
            monthly_price = self.monthly_price.to_dict()

        one_time_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.one_time_price, Unset):
            one_time_price = self.one_time_price.to_dict()

        quarterly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quarterly_price, Unset):
            quarterly_price = self.quarterly_price.to_dict()

        yearly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.yearly_price, Unset):
            yearly_price = self.yearly_price.to_dict()

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
        from ..models.billing_price_response_data import BillingPriceResponseData  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency")

        _monthly_price = d.pop("monthly_price", UNSET)
        monthly_price: BillingPriceResponseData | Unset
        if isinstance(_monthly_price, Unset):
            monthly_price = UNSET
        else:
            monthly_price = BillingPriceResponseData.from_dict(_monthly_price)

        _one_time_price = d.pop("one_time_price", UNSET)
        one_time_price: BillingPriceResponseData | Unset
        if isinstance(_one_time_price, Unset):
            one_time_price = UNSET
        else:
            one_time_price = BillingPriceResponseData.from_dict(_one_time_price)

        _quarterly_price = d.pop("quarterly_price", UNSET)
        quarterly_price: BillingPriceResponseData | Unset
        if isinstance(_quarterly_price, Unset):
            quarterly_price = UNSET
        else:
            quarterly_price = BillingPriceResponseData.from_dict(_quarterly_price)

        _yearly_price = d.pop("yearly_price", UNSET)
        yearly_price: BillingPriceResponseData | Unset
        if isinstance(_yearly_price, Unset):
            yearly_price = UNSET
        else:
            yearly_price = BillingPriceResponseData.from_dict(_yearly_price)

        plan_currency_prices_response_data = cls(
            currency=currency,
            monthly_price=monthly_price,
            one_time_price=one_time_price,
            quarterly_price=quarterly_price,
            yearly_price=yearly_price,
        )

        plan_currency_prices_response_data.additional_properties = d
        return plan_currency_prices_response_data

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
