from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_burn_strategy import BillingCreditBurnStrategy, check_billing_credit_burn_strategy
from ..models.billing_credit_expiry_unit import BillingCreditExpiryUnit, check_billing_credit_expiry_unit
from ..models.billing_credit_ledger_authority import BillingCreditLedgerAuthority, check_billing_credit_ledger_authority
from ..models.billing_credit_rollover_policy import BillingCreditRolloverPolicy, check_billing_credit_rollover_policy
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_price_view import BillingPriceView
    from ..models.billing_product_record_response_data import BillingProductRecordResponseData
    from ..models.credit_currency_price import CreditCurrencyPrice


T = TypeVar("T", bound="BillingCreditView")


def _convert_currency_prices(
    value: list[CreditCurrencyPrice] | Sequence[CreditCurrencyPrice | Mapping[str, Any]],
) -> list[CreditCurrencyPrice]:
    return cast(
        "list[CreditCurrencyPrice]", as_model_list(value, ".credit_currency_price", "CreditCurrencyPrice", __package__)
    )


def _convert_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


def _convert_product(
    value: BillingProductRecordResponseData | Unset | Mapping[str, Any],
) -> BillingProductRecordResponseData | Unset:
    return cast(
        "BillingProductRecordResponseData | Unset",
        as_model(value, ".billing_product_record_response_data", "BillingProductRecordResponseData", __package__),
    )


@_attrs_define
class BillingCreditView:
    """The `BillingCreditView` object of the API.

    Attributes:
        account_id (str)
        burn_strategy (BillingCreditBurnStrategy)
        cost_editable (bool)
        created_at (datetime.datetime)
        currency_prices (list[CreditCurrencyPrice])
        default_expiry_unit (BillingCreditExpiryUnit)
        default_rollover_policy (BillingCreditRolloverPolicy)
        description (str)
        environment_id (str)
        id (str)
        ledger_authority (BillingCreditLedgerAuthority)
        name (str)
        updated_at (datetime.datetime)
        default_expiry_unit_count (int | None | Unset)
        icon (None | str | Unset)
        plural_name (None | str | Unset)
        price (BillingPriceView | Unset)
        price_per_unit (int | None | Unset)
        price_per_unit_decimal (None | str | Unset)
        product (BillingProductRecordResponseData | Unset)
        singular_name (None | str | Unset)
    """

    account_id: str

    burn_strategy: BillingCreditBurnStrategy

    cost_editable: bool

    created_at: datetime.datetime

    currency_prices: list[CreditCurrencyPrice] = _attrs_field(converter=_convert_currency_prices)

    default_expiry_unit: BillingCreditExpiryUnit

    default_rollover_policy: BillingCreditRolloverPolicy

    description: str

    environment_id: str

    id: str

    ledger_authority: BillingCreditLedgerAuthority

    name: str

    updated_at: datetime.datetime

    default_expiry_unit_count: int | None | Unset = UNSET

    icon: None | str | Unset = UNSET

    plural_name: None | str | Unset = UNSET

    price: BillingPriceView | Unset = _attrs_field(default=UNSET, converter=_convert_price)

    price_per_unit: int | None | Unset = UNSET

    price_per_unit_decimal: None | str | Unset = UNSET

    product: BillingProductRecordResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_product)

    singular_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        burn_strategy: str = self.burn_strategy

        cost_editable = self.cost_editable

        created_at = self.created_at.isoformat()

        currency_prices = []
        for currency_prices_item_data in self.currency_prices:
            currency_prices_item = currency_prices_item_data.to_dict()
            currency_prices.append(currency_prices_item)

        default_expiry_unit: str = self.default_expiry_unit

        default_rollover_policy: str = self.default_rollover_policy

        description = self.description

        environment_id = self.environment_id

        id = self.id

        ledger_authority: str = self.ledger_authority

        name = self.name

        updated_at = self.updated_at.isoformat()

        default_expiry_unit_count: int | None | Unset
        if isinstance(self.default_expiry_unit_count, Unset):
            default_expiry_unit_count = UNSET
        else:
            default_expiry_unit_count = self.default_expiry_unit_count

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        plural_name: None | str | Unset
        if isinstance(self.plural_name, Unset):
            plural_name = UNSET
        else:
            plural_name = self.plural_name

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

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

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        singular_name: None | str | Unset
        if isinstance(self.singular_name, Unset):
            singular_name = UNSET
        else:
            singular_name = self.singular_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "burn_strategy": burn_strategy,
                "cost_editable": cost_editable,
                "created_at": created_at,
                "currency_prices": currency_prices,
                "default_expiry_unit": default_expiry_unit,
                "default_rollover_policy": default_rollover_policy,
                "description": description,
                "environment_id": environment_id,
                "id": id,
                "ledger_authority": ledger_authority,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if default_expiry_unit_count is not UNSET:
            field_dict["default_expiry_unit_count"] = default_expiry_unit_count
        if icon is not UNSET:
            field_dict["icon"] = icon
        if plural_name is not UNSET:
            field_dict["plural_name"] = plural_name
        if price is not UNSET:
            field_dict["price"] = price
        if price_per_unit is not UNSET:
            field_dict["price_per_unit"] = price_per_unit
        if price_per_unit_decimal is not UNSET:
            field_dict["price_per_unit_decimal"] = price_per_unit_decimal
        if product is not UNSET:
            field_dict["product"] = product
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_price_view import BillingPriceView  # noqa: PLC0415
        from ..models.billing_product_record_response_data import BillingProductRecordResponseData  # noqa: PLC0415
        from ..models.credit_currency_price import CreditCurrencyPrice  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        burn_strategy = check_billing_credit_burn_strategy(d.pop("burn_strategy"))

        cost_editable = d.pop("cost_editable")

        created_at = parse_datetime(d.pop("created_at"))

        currency_prices = []
        _currency_prices = d.pop("currency_prices")
        for currency_prices_item_data in _currency_prices:
            currency_prices_item = CreditCurrencyPrice.from_dict(currency_prices_item_data)

            currency_prices.append(currency_prices_item)

        default_expiry_unit = check_billing_credit_expiry_unit(d.pop("default_expiry_unit"))

        default_rollover_policy = check_billing_credit_rollover_policy(d.pop("default_rollover_policy"))

        description = d.pop("description")

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        ledger_authority = check_billing_credit_ledger_authority(d.pop("ledger_authority"))

        name = d.pop("name")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_default_expiry_unit_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_expiry_unit_count = _parse_default_expiry_unit_count(d.pop("default_expiry_unit_count", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_plural_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plural_name = _parse_plural_name(d.pop("plural_name", UNSET))

        _price = d.pop("price", UNSET)
        price: BillingPriceView | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = BillingPriceView.from_dict(_price)

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

        _product = d.pop("product", UNSET)
        product: BillingProductRecordResponseData | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = BillingProductRecordResponseData.from_dict(_product)

        def _parse_singular_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        singular_name = _parse_singular_name(d.pop("singular_name", UNSET))

        billing_credit_view = cls(
            account_id=account_id,
            burn_strategy=burn_strategy,
            cost_editable=cost_editable,
            created_at=created_at,
            currency_prices=currency_prices,
            default_expiry_unit=default_expiry_unit,
            default_rollover_policy=default_rollover_policy,
            description=description,
            environment_id=environment_id,
            id=id,
            ledger_authority=ledger_authority,
            name=name,
            updated_at=updated_at,
            default_expiry_unit_count=default_expiry_unit_count,
            icon=icon,
            plural_name=plural_name,
            price=price,
            price_per_unit=price_per_unit,
            price_per_unit_decimal=price_per_unit_decimal,
            product=product,
            singular_name=singular_name,
        )

        billing_credit_view.additional_properties = d
        return billing_credit_view

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
