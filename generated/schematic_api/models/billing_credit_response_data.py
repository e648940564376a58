from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_burn_strategy import BillingCreditBurnStrategy, check_billing_credit_burn_strategy
from ..models.billing_credit_expiry_unit import BillingCreditExpiryUnit, check_billing_credit_expiry_unit
from ..models.billing_credit_rollover_policy import BillingCreditRolloverPolicy, check_billing_credit_rollover_policy
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_price_response_data import BillingPriceResponseData
    from ..models.billing_product_response_data import BillingProductResponseData
    from ..models.credit_currency_price_response_data import CreditCurrencyPriceResponseData


T = TypeVar("T", bound="BillingCreditResponseData")


def _convert_currency_prices(
    value: list[CreditCurrencyPriceResponseData] | Sequence[CreditCurrencyPriceResponseData | Mapping[str, Any]],
) -> list[CreditCurrencyPriceResponseData]:
    return cast(
        "list[CreditCurrencyPriceResponseData]",
        as_model_list(value, ".credit_currency_price_response_data", "CreditCurrencyPriceResponseData", __package__),
    )


def _convert_price(value: BillingPriceResponseData | Unset | Mapping[str, Any]) -> BillingPriceResponseData | Unset:
    return cast(
        "BillingPriceResponseData | Unset",
        as_model(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


def _convert_product(
    value: BillingProductResponseData | Unset | Mapping[str, Any],
) -> BillingProductResponseData | Unset:
    return cast(
        "BillingProductResponseData | Unset",
        as_model(value, ".billing_product_response_data", "BillingProductResponseData", __package__),
    )


@_attrs_define
class BillingCreditResponseData:
    """The `BillingCreditResponseData` object of the API.

    Attributes:
        burn_strategy (BillingCreditBurnStrategy)
        cost_editable (bool)
        created_at (datetime.datetime)
        currency_prices (list[CreditCurrencyPriceResponseData])
        default_expiry_unit (BillingCreditExpiryUnit)
        default_rollover_policy (BillingCreditRolloverPolicy)
        description (str)
        id (str)
        name (str)
        updated_at (datetime.datetime)
        default_expiry_unit_count (int | None | Unset)
        icon (None | str | Unset)
        plural_name (None | str | Unset)
        price (BillingPriceResponseData | Unset)
        product (BillingProductResponseData | Unset)
        singular_name (None | str | Unset)
        ledger_authority (str | Unset): schematic_authoritative, external_mirror or external_rated
    """

    burn_strategy: BillingCreditBurnStrategy

    cost_editable: bool

    created_at: datetime.datetime

    currency_prices: list[CreditCurrencyPriceResponseData] = _attrs_field(converter=_convert_currency_prices)

    default_expiry_unit: BillingCreditExpiryUnit

    default_rollover_policy: BillingCreditRolloverPolicy

    description: str

    id: str

    name: str

    updated_at: datetime.datetime

    default_expiry_unit_count: int | None | Unset = UNSET

    icon: None | str | Unset = UNSET

    plural_name: None | str | Unset = UNSET

    price: BillingPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_price)

    product: BillingProductResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_product)

    singular_name: None | str | Unset = UNSET

    ledger_authority: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        id = self.id

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

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        singular_name: None | str | Unset
        if isinstance(self.singular_name, Unset):
            singular_name = UNSET
        else:
            singular_name = self.singular_name

        ledger_authority = self.ledger_authority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "burn_strategy": burn_strategy,
                "cost_editable": cost_editable,
                "created_at": created_at,
                "currency_prices": currency_prices,
                "default_expiry_unit": default_expiry_unit,
                "default_rollover_policy": default_rollover_policy,
                "description": description,
                "id": id,
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
        if product is not UNSET:
            field_dict["product"] = product
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name
        if ledger_authority is not UNSET:
            field_dict["ledger_authority"] = ledger_authority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_price_response_data import BillingPriceResponseData  # noqa: PLC0415
        from ..models.billing_product_response_data import BillingProductResponseData  # noqa: PLC0415
        from ..models.credit_currency_price_response_data import CreditCurrencyPriceResponseData  # noqa: PLC0415

        d = dict(src_dict)
        burn_strategy = check_billing_credit_burn_strategy(d.pop("burn_strategy"))

        cost_editable = d.pop("cost_editable")

        created_at = parse_datetime(d.pop("created_at"))

        currency_prices = []
        _currency_prices = d.pop("currency_prices")
        for currency_prices_item_data in _currency_prices:
            currency_prices_item = CreditCurrencyPriceResponseData.from_dict(currency_prices_item_data)

            currency_prices.append(currency_prices_item)

        default_expiry_unit = check_billing_credit_expiry_unit(d.pop("default_expiry_unit"))

        default_rollover_policy = check_billing_credit_rollover_policy(d.pop("default_rollover_policy"))

        description = d.pop("description")

        id = d.pop("id")

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
        price: BillingPriceResponseData | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = BillingPriceResponseData.from_dict(_price)

        _product = d.pop("product", UNSET)
        product: BillingProductResponseData | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = BillingProductResponseData.from_dict(_product)

        def _parse_singular_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        singular_name = _parse_singular_name(d.pop("singular_name", UNSET))

        ledger_authority = d.pop("ledger_authority", UNSET)

        billing_credit_response_data = cls(
            burn_strategy=burn_strategy,
            cost_editable=cost_editable,
            created_at=created_at,
            currency_prices=currency_prices,
            default_expiry_unit=default_expiry_unit,
            default_rollover_policy=default_rollover_policy,
            description=description,
            id=id,
            name=name,
            updated_at=updated_at,
            default_expiry_unit_count=default_expiry_unit_count,
            icon=icon,
            plural_name=plural_name,
            price=price,
            product=product,
            singular_name=singular_name,
            ledger_authority=ledger_authority,
        )

        billing_credit_response_data.additional_properties = d
        return billing_credit_response_data

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
