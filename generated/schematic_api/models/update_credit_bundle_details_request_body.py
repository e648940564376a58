from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_bundle_status import BillingCreditBundleStatus, check_billing_credit_bundle_status
from ..models.billing_credit_expiry_type import BillingCreditExpiryType, check_billing_credit_expiry_type
from ..models.billing_credit_expiry_unit import BillingCreditExpiryUnit, check_billing_credit_expiry_unit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_bundle_currency_price_request_body import CreditBundleCurrencyPriceRequestBody


T = TypeVar("T", bound="UpdateCreditBundleDetailsRequestBody")


@_attrs_define
class UpdateCreditBundleDetailsRequestBody:
    """The `UpdateCreditBundleDetailsRequestBody` object of the API.

    Attributes:
        bundle_name (str)
        price_per_unit (int)
        compatible_plan_ids (list[str] | None | Unset)
        currency_prices (list[CreditBundleCurrencyPriceRequestBody] | None | Unset)
        expiry_type (BillingCreditExpiryType | None | Unset)
        expiry_unit (BillingCreditExpiryUnit | None | Unset)
        expiry_unit_count (int | None | Unset)
        price_per_unit_decimal (None | str | Unset)
        quantity (int | None | Unset)
        status (BillingCreditBundleStatus | None | Unset)
    """

    bundle_name: str

    price_per_unit: int

    compatible_plan_ids: list[str] | None | Unset = UNSET

    currency_prices: list[CreditBundleCurrencyPriceRequestBody] | None | Unset = UNSET

    expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    expiry_unit_count: int | None | Unset = UNSET

    price_per_unit_decimal: None | str | Unset = UNSET

    quantity: int | None | Unset = UNSET

    status: BillingCreditBundleStatus | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_name = self.bundle_name

        price_per_unit = self.price_per_unit

        compatible_plan_ids: list[str] | None | Unset
        if isinstance(self.compatible_plan_ids, Unset):
            compatible_plan_ids = UNSET
        elif isinstance(self.compatible_plan_ids, list):
            compatible_plan_ids = self.compatible_plan_ids

        else:
            compatible_plan_ids = self.compatible_plan_ids

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

        expiry_type: None | str | Unset
        if isinstance(self.expiry_type, Unset):
            expiry_type = UNSET
        elif isinstance(self.expiry_type, str):
            expiry_type = self.expiry_type
        else:
            expiry_type = self.expiry_type

        expiry_unit: None | str | Unset
        if isinstance(self.expiry_unit, Unset):
            expiry_unit = UNSET
        elif isinstance(self.expiry_unit, str):
            expiry_unit = self.expiry_unit
        else:
            expiry_unit = self.expiry_unit

        expiry_unit_count: int | None | Unset
        if isinstance(self.expiry_unit_count, Unset):
            expiry_unit_count = UNSET
        else:
            expiry_unit_count = self.expiry_unit_count

        price_per_unit_decimal: None | str | Unset
        if isinstance(self.price_per_unit_decimal, Unset):
            price_per_unit_decimal = UNSET
        else:
            price_per_unit_decimal = self.price_per_unit_decimal

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bundle_name": bundle_name,
                "price_per_unit": price_per_unit,
            }
        )
        if compatible_plan_ids is not UNSET:
            field_dict["compatible_plan_ids"] = compatible_plan_ids
        if currency_prices is not UNSET:
            field_dict["currency_prices"] = currency_prices
        if expiry_type is not UNSET:
            field_dict["expiry_type"] = expiry_type
        if expiry_unit is not UNSET:
            field_dict["expiry_unit"] = expiry_unit
        if expiry_unit_count is not UNSET:
            field_dict["expiry_unit_count"] = expiry_unit_count
        if price_per_unit_decimal is not UNSET:
            field_dict["price_per_unit_decimal"] = price_per_unit_decimal
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_bundle_currency_price_request_body import CreditBundleCurrencyPriceRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        bundle_name = d.pop("bundle_name")

        price_per_unit = d.pop("price_per_unit")

        def _parse_compatible_plan_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return cast(list[str], data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        compatible_plan_ids = _parse_compatible_plan_ids(d.pop("compatible_plan_ids", UNSET))

        def _parse_currency_prices(data: object) -> list[CreditBundleCurrencyPriceRequestBody] | None | Unset:
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
                    currency_prices_type_0_item = CreditBundleCurrencyPriceRequestBody.from_dict(
                        currency_prices_type_0_item_data
                    )

                    currency_prices_type_0.append(currency_prices_type_0_item)

                return currency_prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreditBundleCurrencyPriceRequestBody] | None | Unset, data)

        currency_prices = _parse_currency_prices(d.pop("currency_prices", UNSET))

        def _parse_expiry_type(data: object) -> BillingCreditExpiryType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_expiry_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditExpiryType | None | Unset, data)

        expiry_type = _parse_expiry_type(d.pop("expiry_type", UNSET))

        def _parse_expiry_unit(data: object) -> BillingCreditExpiryUnit | None | Unset:
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

        expiry_unit = _parse_expiry_unit(d.pop("expiry_unit", UNSET))

        def _parse_expiry_unit_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiry_unit_count = _parse_expiry_unit_count(d.pop("expiry_unit_count", UNSET))

        def _parse_price_per_unit_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_per_unit_decimal = _parse_price_per_unit_decimal(d.pop("price_per_unit_decimal", UNSET))

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_status(data: object) -> BillingCreditBundleStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_bundle_status(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditBundleStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        update_credit_bundle_details_request_body = cls(
            bundle_name=bundle_name,
            price_per_unit=price_per_unit,
            compatible_plan_ids=compatible_plan_ids,
            currency_prices=currency_prices,
            expiry_type=expiry_type,
            expiry_unit=expiry_unit,
            expiry_unit_count=expiry_unit_count,
            price_per_unit_decimal=price_per_unit_decimal,
            quantity=quantity,
            status=status,
        )

        update_credit_bundle_details_request_body.additional_properties = d
        return update_credit_bundle_details_request_body

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
