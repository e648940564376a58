from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_strategy import BillingStrategy, check_billing_strategy
from ..models.charge_type import ChargeType, check_charge_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_currency_price_request_body import PlanCurrencyPriceRequestBody


T = TypeVar("T", bound="UpsertBillingProductRequestBody")


@_attrs_define
class UpsertBillingProductRequestBody:
    """The `UpsertBillingProductRequestBody` object of the API.

    Attributes:
        charge_type (ChargeType)
        is_trialable (bool)
        billing_product_id (None | str | Unset)
        billing_strategy (BillingStrategy | None | Unset)
        currency (None | str | Unset)
        currency_prices (list[PlanCurrencyPriceRequestBody] | None | Unset)
        monthly_price (int | None | Unset)
        monthly_price_id (None | str | Unset)
        one_time_price (int | None | Unset)
        one_time_price_id (None | str | Unset)
        quarterly_price (int | None | Unset)
        quarterly_price_id (None | str | Unset)
        trial_days (int | None | Unset)
        yearly_price (int | None | Unset)
        yearly_price_id (None | str | Unset)
    """

    charge_type: ChargeType

    is_trialable: bool

    billing_product_id: None | str | Unset = UNSET

    billing_strategy: BillingStrategy | None | Unset = UNSET

    currency: None | str | Unset = UNSET

    currency_prices: list[PlanCurrencyPriceRequestBody] | None | Unset = UNSET

    monthly_price: int | None | Unset = UNSET

    monthly_price_id: None | str | Unset = UNSET

    one_time_price: int | None | Unset = UNSET

    one_time_price_id: None | str | Unset = UNSET

    quarterly_price: int | None | Unset = UNSET

    quarterly_price_id: None | str | Unset = UNSET

    trial_days: int | None | Unset = UNSET

    yearly_price: int | None | Unset = UNSET

    yearly_price_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_type: str = self.charge_type

        is_trialable = self.is_trialable

        billing_product_id: None | str | Unset
        if isinstance(self.billing_product_id, Unset):
            billing_product_id = UNSET
        else:
            billing_product_id = self.billing_product_id

        billing_strategy: None | str | Unset
        if isinstance(self.billing_strategy, Unset):
            billing_strategy = UNSET
        elif isinstance(self.billing_strategy, str):
            billing_strategy = self.billing_strategy
        else:
            billing_strategy = self.billing_strategy

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        currency_prices: list[dict[str, Any]] | None | Unset
        if isinstance(self.currency_prices, Unset):
            currency_prices = UNSET
        elif isinstance(self.currency_prices, list):
            currency_prices = []
            for currency_prices_type_0_item_data in self.currency_prices:
                currency_prices_type_0_item = currency_prices_type_0_item_data.to_dict()
                currency_prices.append(currency_prices_type_0_item)

        else:
            currency_prices = self.currency_prices

        monthly_price: int | None | Unset
        if isinstance(self.monthly_price, Unset):
            monthly_price = UNSET
        else:
            monthly_price = self.monthly_price

        monthly_price_id: None | str | Unset
        if isinstance(self.monthly_price_id, Unset):
            monthly_price_id = UNSET
        else:
            monthly_price_id = self.monthly_price_id

        one_time_price: int | None | Unset
        if isinstance(self.one_time_price, Unset):
            one_time_price = UNSET
        else:
            one_time_price = self.one_time_price

        one_time_price_id: None | str | Unset
        if isinstance(self.one_time_price_id, Unset):
            one_time_price_id = UNSET
        else:
            one_time_price_id = self.one_time_price_id

        quarterly_price: int | None | Unset
        if isinstance(self.quarterly_price, Unset):
            quarterly_price = UNSET
        else:
            quarterly_price = self.quarterly_price

        quarterly_price_id: None | str | Unset
        if isinstance(self.quarterly_price_id, Unset):
            quarterly_price_id = UNSET
        else:
            quarterly_price_id = self.quarterly_price_id

        trial_days: int | None | Unset
        if isinstance(self.trial_days, Unset):
            trial_days = UNSET
        else:
            trial_days = self.trial_days

        yearly_price: int | None | Unset
        if isinstance(self.yearly_price, Unset):
            yearly_price = UNSET
        else:
            yearly_price = self.yearly_price

        yearly_price_id: None | str | Unset
        if isinstance(self.yearly_price_id, Unset):
            yearly_price_id = UNSET
        else:
            yearly_price_id = self.yearly_price_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "charge_type": charge_type,
                "is_trialable": is_trialable,
            }
        )
        if billing_product_id is not UNSET:
            field_dict["billing_product_id"] = billing_product_id
        if billing_strategy is not UNSET:
            field_dict["billing_strategy"] = billing_strategy
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_prices is not UNSET:
            field_dict["currency_prices"] = currency_prices
        if monthly_price is not UNSET:
            field_dict["monthly_price"] = monthly_price
        if monthly_price_id is not UNSET:
            field_dict["monthly_price_id"] = monthly_price_id
        if one_time_price is not UNSET:
            field_dict["one_time_price"] = one_time_price
        if one_time_price_id is not UNSET:
            field_dict["one_time_price_id"] = one_time_price_id
        if quarterly_price is not UNSET:
            field_dict["quarterly_price"] = quarterly_price
        if quarterly_price_id is not UNSET:
            field_dict["quarterly_price_id"] = quarterly_price_id
        if trial_days is not UNSET:
            field_dict["trial_days"] = trial_days
        if yearly_price is not UNSET:
            field_dict["yearly_price"] = yearly_price
        if yearly_price_id is not UNSET:
            field_dict["yearly_price_id"] = yearly_price_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_currency_price_request_body import PlanCurrencyPriceRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        charge_type = check_charge_type(d.pop("charge_type"))

        is_trialable = d.pop("is_trialable")

        def _parse_billing_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_product_id = _parse_billing_product_id(d.pop("billing_product_id", UNSET))

        def _parse_billing_strategy(data: object) -> BillingStrategy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_strategy(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingStrategy | None | Unset, data)

        billing_strategy = _parse_billing_strategy(d.pop("billing_strategy", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_currency_prices(data: object) -> list[PlanCurrencyPriceRequestBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                currency_prices_type_0 = []
                _currency_prices_type_0 = data
                for currency_prices_type_0_item_data in _currency_prices_type_0:
                    currency_prices_type_0_item = PlanCurrencyPriceRequestBody.from_dict(
                        currency_prices_type_0_item_data
                    )

                    currency_prices_type_0.append(currency_prices_type_0_item)

                return currency_prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PlanCurrencyPriceRequestBody] | None | Unset, data)

        currency_prices = _parse_currency_prices(d.pop("currency_prices", UNSET))

        def _parse_monthly_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monthly_price = _parse_monthly_price(d.pop("monthly_price", UNSET))

        def _parse_monthly_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        monthly_price_id = _parse_monthly_price_id(d.pop("monthly_price_id", UNSET))

        def _parse_one_time_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        one_time_price = _parse_one_time_price(d.pop("one_time_price", UNSET))

        def _parse_one_time_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        one_time_price_id = _parse_one_time_price_id(d.pop("one_time_price_id", UNSET))

        def _parse_quarterly_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quarterly_price = _parse_quarterly_price(d.pop("quarterly_price", UNSET))

        def _parse_quarterly_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quarterly_price_id = _parse_quarterly_price_id(d.pop("quarterly_price_id", UNSET))

        def _parse_trial_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_days = _parse_trial_days(d.pop("trial_days", UNSET))

        def _parse_yearly_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        yearly_price = _parse_yearly_price(d.pop("yearly_price", UNSET))

        def _parse_yearly_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yearly_price_id = _parse_yearly_price_id(d.pop("yearly_price_id", UNSET))

        upsert_billing_product_request_body = cls(
            charge_type=charge_type,
            is_trialable=is_trialable,
            billing_product_id=billing_product_id,
            billing_strategy=billing_strategy,
            currency=currency,
            currency_prices=currency_prices,
            monthly_price=monthly_price,
            monthly_price_id=monthly_price_id,
            one_time_price=one_time_price,
            one_time_price_id=one_time_price_id,
            quarterly_price=quarterly_price,
            quarterly_price_id=quarterly_price_id,
            trial_days=trial_days,
            yearly_price=yearly_price,
            yearly_price_id=yearly_price_id,
        )

        upsert_billing_product_request_body.additional_properties = d
        return upsert_billing_product_request_body

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
