from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_burn_strategy import BillingCreditBurnStrategy, check_billing_credit_burn_strategy
from ..models.billing_credit_expiry_unit import BillingCreditExpiryUnit, check_billing_credit_expiry_unit
from ..models.billing_credit_rollover_policy import BillingCreditRolloverPolicy, check_billing_credit_rollover_policy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_currency_price_request_body import CreditCurrencyPriceRequestBody


T = TypeVar("T", bound="UpdateBillingCreditRequestBody")


@_attrs_define
class UpdateBillingCreditRequestBody:
    """The `UpdateBillingCreditRequestBody` object of the API.

    Attributes:
        description (str)
        name (str)
        burn_strategy (BillingCreditBurnStrategy | None | Unset)
        currency_prices (list[CreditCurrencyPriceRequestBody] | None | Unset)
        default_expiry_unit (BillingCreditExpiryUnit | None | Unset)
        default_expiry_unit_count (int | None | Unset)
        default_rollover_policy (BillingCreditRolloverPolicy | None | Unset)
        icon (None | str | Unset)
        per_unit_price (int | None | Unset)
        per_unit_price_decimal (None | str | Unset)
        plural_name (None | str | Unset)
        singular_name (None | str | Unset)
    """

    description: str

    name: str

    burn_strategy: BillingCreditBurnStrategy | None | Unset = UNSET

    currency_prices: list[CreditCurrencyPriceRequestBody] | None | Unset = UNSET

    default_expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    default_expiry_unit_count: int | None | Unset = UNSET

    default_rollover_policy: BillingCreditRolloverPolicy | None | Unset = UNSET

    icon: None | str | Unset = UNSET

    per_unit_price: int | None | Unset = UNSET

    per_unit_price_decimal: None | str | Unset = UNSET

    plural_name: None | str | Unset = UNSET

    singular_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        burn_strategy: None | str | Unset
        if isinstance(self.burn_strategy, Unset):
            burn_strategy = UNSET
        elif isinstance(self.burn_strategy, str):
            burn_strategy = self.burn_strategy
        else:
            burn_strategy = self.burn_strategy

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

        default_expiry_unit: None | str | Unset
        if isinstance(self.default_expiry_unit, Unset):
            default_expiry_unit = UNSET
        elif isinstance(self.default_expiry_unit, str):
            default_expiry_unit = self.default_expiry_unit
        else:
            default_expiry_unit = self.default_expiry_unit

        default_expiry_unit_count: int | None | Unset
        if isinstance(self.default_expiry_unit_count, Unset):
            default_expiry_unit_count = UNSET
        else:
            default_expiry_unit_count = self.default_expiry_unit_count

        default_rollover_policy: None | str | Unset
        if isinstance(self.default_rollover_policy, Unset):
            default_rollover_policy = UNSET
        elif isinstance(self.default_rollover_policy, str):
            default_rollover_policy = self.default_rollover_policy
        else:
            default_rollover_policy = self.default_rollover_policy

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

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

        plural_name: None | str | Unset
        if isinstance(self.plural_name, Unset):
            plural_name = UNSET
        else:
            plural_name = self.plural_name

        singular_name: None | str | Unset
        if isinstance(self.singular_name, Unset):
            singular_name = UNSET
        else:
            singular_name = self.singular_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
            }
        )
        if burn_strategy is not UNSET:
            field_dict["burn_strategy"] = burn_strategy
        if currency_prices is not UNSET:
            field_dict["currency_prices"] = currency_prices
        if default_expiry_unit is not UNSET:
            field_dict["default_expiry_unit"] = default_expiry_unit
        if default_expiry_unit_count is not UNSET:
            field_dict["default_expiry_unit_count"] = default_expiry_unit_count
        if default_rollover_policy is not UNSET:
            field_dict["default_rollover_policy"] = default_rollover_policy
        if icon is not UNSET:
            field_dict["icon"] = icon
        if per_unit_price is not UNSET:
            field_dict["per_unit_price"] = per_unit_price
        if per_unit_price_decimal is not UNSET:
            field_dict["per_unit_price_decimal"] = per_unit_price_decimal
        if plural_name is not UNSET:
            field_dict["plural_name"] = plural_name
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_currency_price_request_body import CreditCurrencyPriceRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        def _parse_burn_strategy(data: object) -> BillingCreditBurnStrategy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_burn_strategy(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditBurnStrategy | None | Unset, data)

        burn_strategy = _parse_burn_strategy(d.pop("burn_strategy", UNSET))

        def _parse_currency_prices(data: object) -> list[CreditCurrencyPriceRequestBody] | None | Unset:
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
                    currency_prices_type_0_item = CreditCurrencyPriceRequestBody.from_dict(
                        currency_prices_type_0_item_data
                    )

                    currency_prices_type_0.append(currency_prices_type_0_item)

                return currency_prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreditCurrencyPriceRequestBody] | None | Unset, data)

        currency_prices = _parse_currency_prices(d.pop("currency_prices", UNSET))

        def _parse_default_expiry_unit(data: object) -> BillingCreditExpiryUnit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_expiry_unit(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditExpiryUnit | None | Unset, data)

        default_expiry_unit = _parse_default_expiry_unit(d.pop("default_expiry_unit", UNSET))

        def _parse_default_expiry_unit_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_expiry_unit_count = _parse_default_expiry_unit_count(d.pop("default_expiry_unit_count", UNSET))

        def _parse_default_rollover_policy(data: object) -> BillingCreditRolloverPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_rollover_policy(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditRolloverPolicy | None | Unset, data)

        default_rollover_policy = _parse_default_rollover_policy(d.pop("default_rollover_policy", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

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

        def _parse_plural_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plural_name = _parse_plural_name(d.pop("plural_name", UNSET))

        def _parse_singular_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        singular_name = _parse_singular_name(d.pop("singular_name", UNSET))

        update_billing_credit_request_body = cls(
            description=description,
            name=name,
            burn_strategy=burn_strategy,
            currency_prices=currency_prices,
            default_expiry_unit=default_expiry_unit,
            default_expiry_unit_count=default_expiry_unit_count,
            default_rollover_policy=default_rollover_policy,
            icon=icon,
            per_unit_price=per_unit_price,
            per_unit_price_decimal=per_unit_price_decimal,
            plural_name=plural_name,
            singular_name=singular_name,
        )

        update_billing_credit_request_body.additional_properties = d
        return update_billing_credit_request_body

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
