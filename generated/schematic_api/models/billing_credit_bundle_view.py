from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_bundle_status import BillingCreditBundleStatus, check_billing_credit_bundle_status
from ..models.billing_credit_bundle_type import BillingCreditBundleType, check_billing_credit_bundle_type
from ..models.billing_credit_expiry_type import BillingCreditExpiryType, check_billing_credit_expiry_type
from ..models.billing_credit_expiry_unit import BillingCreditExpiryUnit, check_billing_credit_expiry_unit
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_product_price_response_data import BillingProductPriceResponseData
    from ..models.credit_bundle_currency_price import CreditBundleCurrencyPrice


T = TypeVar("T", bound="BillingCreditBundleView")


def _convert_currency_prices(
    value: list[CreditBundleCurrencyPrice] | Sequence[CreditBundleCurrencyPrice | Mapping[str, Any]],
) -> list[CreditBundleCurrencyPrice]:
    return cast(
        "list[CreditBundleCurrencyPrice]",
        as_model_list(value, ".credit_bundle_currency_price", "CreditBundleCurrencyPrice", __package__),
    )


def _convert_price(
    value: BillingProductPriceResponseData | Unset | Mapping[str, Any],
) -> BillingProductPriceResponseData | Unset:
    return cast(
        "BillingProductPriceResponseData | Unset",
        as_model(value, ".billing_product_price_response_data", "BillingProductPriceResponseData", __package__),
    )


def _convert_unit_price(
    value: BillingProductPriceResponseData | Unset | Mapping[str, Any],
) -> BillingProductPriceResponseData | Unset:
    return cast(
        "BillingProductPriceResponseData | Unset",
        as_model(value, ".billing_product_price_response_data", "BillingProductPriceResponseData", __package__),
    )


@_attrs_define
class BillingCreditBundleView:
    """The `BillingCreditBundleView` object of the API.

    Attributes:
        bundle_type (BillingCreditBundleType)
        compatible_plan_ids (list[str])
        created_at (datetime.datetime)
        credit_id (str)
        credit_name (str)
        currency_prices (list[CreditBundleCurrencyPrice])
        expiry_type (BillingCreditExpiryType)
        expiry_unit (BillingCreditExpiryUnit)
        has_grants (bool)
        id (str)
        name (str)
        status (BillingCreditBundleStatus)
        updated_at (datetime.datetime)
        credit_description (str | Unset)
        credit_icon (None | str | Unset)
        expiry_unit_count (int | None | Unset)
        plural_name (None | str | Unset)
        price (BillingProductPriceResponseData | Unset)
        quantity (int | None | Unset)
        singular_name (None | str | Unset)
        unit_price (BillingProductPriceResponseData | Unset)
    """

    bundle_type: BillingCreditBundleType

    compatible_plan_ids: list[str]

    created_at: datetime.datetime

    credit_id: str

    credit_name: str

    currency_prices: list[CreditBundleCurrencyPrice] = _attrs_field(converter=_convert_currency_prices)

    expiry_type: BillingCreditExpiryType

    expiry_unit: BillingCreditExpiryUnit

    has_grants: bool

    id: str

    name: str

    status: BillingCreditBundleStatus

    updated_at: datetime.datetime

    credit_description: str | Unset = UNSET

    credit_icon: None | str | Unset = UNSET

    expiry_unit_count: int | None | Unset = UNSET

    plural_name: None | str | Unset = UNSET

    price: BillingProductPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_price)

    quantity: int | None | Unset = UNSET

    singular_name: None | str | Unset = UNSET

    unit_price: BillingProductPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_unit_price)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_type: str = self.bundle_type

        compatible_plan_ids = self.compatible_plan_ids

        created_at = self.created_at.isoformat()

        credit_id = self.credit_id

        credit_name = self.credit_name

        currency_prices = []
        for currency_prices_item_data in self.currency_prices:
            currency_prices_item = currency_prices_item_data.to_dict()
            currency_prices.append(currency_prices_item)

        expiry_type: str = self.expiry_type

        expiry_unit: str = self.expiry_unit

        has_grants = self.has_grants

        id = self.id

        name = self.name

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        credit_description = self.credit_description

        credit_icon: None | str | Unset
        if isinstance(self.credit_icon, Unset):
            credit_icon = UNSET
        else:
            credit_icon = self.credit_icon

        expiry_unit_count: int | None | Unset
        if isinstance(self.expiry_unit_count, Unset):
            expiry_unit_count = UNSET
        else:
            expiry_unit_count = self.expiry_unit_count

        plural_name: None | str | Unset
        if isinstance(self.plural_name, Unset):
            plural_name = UNSET
        else:
            plural_name = self.plural_name

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        singular_name: None | str | Unset
        if isinstance(self.singular_name, Unset):
            singular_name = UNSET
        else:
            singular_name = self.singular_name

        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bundle_type": bundle_type,
                "compatible_plan_ids": compatible_plan_ids,
                "created_at": created_at,
                "credit_id": credit_id,
                "credit_name": credit_name,
                "currency_prices": currency_prices,
                "expiry_type": expiry_type,
                "expiry_unit": expiry_unit,
                "has_grants": has_grants,
                "id": id,
                "name": name,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if credit_description is not UNSET:
            field_dict["credit_description"] = credit_description
        if credit_icon is not UNSET:
            field_dict["credit_icon"] = credit_icon
        if expiry_unit_count is not UNSET:
            field_dict["expiry_unit_count"] = expiry_unit_count
        if plural_name is not UNSET:
            field_dict["plural_name"] = plural_name
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_product_price_response_data import BillingProductPriceResponseData  # noqa: PLC0415
        from ..models.credit_bundle_currency_price import CreditBundleCurrencyPrice  # noqa: PLC0415

        d = dict(src_dict)
        bundle_type = check_billing_credit_bundle_type(d.pop("bundle_type"))

        compatible_plan_ids = cast(list[str], d.pop("compatible_plan_ids"))

        created_at = parse_datetime(d.pop("created_at"))

        credit_id = d.pop("credit_id")

        credit_name = d.pop("credit_name")

        currency_prices = []
        _currency_prices = d.pop("currency_prices")
        for currency_prices_item_data in _currency_prices:
            currency_prices_item = CreditBundleCurrencyPrice.from_dict(currency_prices_item_data)

            currency_prices.append(currency_prices_item)

        expiry_type = check_billing_credit_expiry_type(d.pop("expiry_type"))

        expiry_unit = check_billing_credit_expiry_unit(d.pop("expiry_unit"))

        has_grants = d.pop("has_grants")

        id = d.pop("id")

        name = d.pop("name")

        status = check_billing_credit_bundle_status(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        credit_description = d.pop("credit_description", UNSET)

        def _parse_credit_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_icon = _parse_credit_icon(d.pop("credit_icon", UNSET))

        def _parse_expiry_unit_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiry_unit_count = _parse_expiry_unit_count(d.pop("expiry_unit_count", UNSET))

        def _parse_plural_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plural_name = _parse_plural_name(d.pop("plural_name", UNSET))

        _price = d.pop("price", UNSET)
        price: BillingProductPriceResponseData | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = BillingProductPriceResponseData.from_dict(_price)

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_singular_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        singular_name = _parse_singular_name(d.pop("singular_name", UNSET))

        _unit_price = d.pop("unit_price", UNSET)
        unit_price: BillingProductPriceResponseData | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = BillingProductPriceResponseData.from_dict(_unit_price)

        billing_credit_bundle_view = cls(
            bundle_type=bundle_type,
            compatible_plan_ids=compatible_plan_ids,
            created_at=created_at,
            credit_id=credit_id,
            credit_name=credit_name,
            currency_prices=currency_prices,
            expiry_type=expiry_type,
            expiry_unit=expiry_unit,
            has_grants=has_grants,
            id=id,
            name=name,
            status=status,
            updated_at=updated_at,
            credit_description=credit_description,
            credit_icon=credit_icon,
            expiry_unit_count=expiry_unit_count,
            plural_name=plural_name,
            price=price,
            quantity=quantity,
            singular_name=singular_name,
            unit_price=unit_price,
        )

        billing_credit_bundle_view.additional_properties = d
        return billing_credit_bundle_view

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
