from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_price_usage_type import BillingPriceUsageType, check_billing_price_usage_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingProductPricing")


@_attrs_define
class BillingProductPricing:
    """The `BillingProductPricing` object of the API.

    Attributes:
        currency (str)
        interval (str)
        price (int)
        price_external_id (str)
        product_external_id (str)
        quantity (int)
        usage_type (BillingPriceUsageType)
        billing_threshold (int | None | Unset)
        meter_id (None | str | Unset)
        package_size (int | None | Unset)
        price_decimal (None | str | Unset)
        subscription_item_external_id (None | str | Unset)
    """

    currency: str

    interval: str

    price: int

    price_external_id: str

    product_external_id: str

    quantity: int

    usage_type: BillingPriceUsageType

    billing_threshold: int | None | Unset = UNSET

    meter_id: None | str | Unset = UNSET

    package_size: int | None | Unset = UNSET

    price_decimal: None | str | Unset = UNSET

    subscription_item_external_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        interval = self.interval

        price = self.price

        price_external_id = self.price_external_id

        product_external_id = self.product_external_id

        quantity = self.quantity

        usage_type: str = self.usage_type

        billing_threshold: int | None | Unset
        if isinstance(self.billing_threshold, Unset):
            billing_threshold = UNSET
        else:
            billing_threshold = self.billing_threshold

        meter_id: None | str | Unset
        if isinstance(self.meter_id, Unset):
            meter_id = UNSET
        else:
            meter_id = self.meter_id

        package_size: int | None | Unset
        if isinstance(self.package_size, Unset):
            package_size = UNSET
        else:
            package_size = self.package_size

        price_decimal: None | str | Unset
        if isinstance(self.price_decimal, Unset):
            price_decimal = UNSET
        else:
            price_decimal = self.price_decimal

        subscription_item_external_id: None | str | Unset
        if isinstance(self.subscription_item_external_id, Unset):
            subscription_item_external_id = UNSET
        else:
            subscription_item_external_id = self.subscription_item_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "interval": interval,
                "price": price,
                "price_external_id": price_external_id,
                "product_external_id": product_external_id,
                "quantity": quantity,
                "usage_type": usage_type,
            }
        )
        if billing_threshold is not UNSET:
            field_dict["billing_threshold"] = billing_threshold
        if meter_id is not UNSET:
            field_dict["meter_id"] = meter_id
        if package_size is not UNSET:
            field_dict["package_size"] = package_size
        if price_decimal is not UNSET:
            field_dict["price_decimal"] = price_decimal
        if subscription_item_external_id is not UNSET:
            field_dict["subscription_item_external_id"] = subscription_item_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        interval = d.pop("interval")

        price = d.pop("price")

        price_external_id = d.pop("price_external_id")

        product_external_id = d.pop("product_external_id")

        quantity = d.pop("quantity")

        usage_type = check_billing_price_usage_type(d.pop("usage_type"))

        def _parse_billing_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_threshold = _parse_billing_threshold(d.pop("billing_threshold", UNSET))

        def _parse_meter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_id = _parse_meter_id(d.pop("meter_id", UNSET))

        def _parse_package_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        package_size = _parse_package_size(d.pop("package_size", UNSET))

        def _parse_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_decimal = _parse_price_decimal(d.pop("price_decimal", UNSET))

        def _parse_subscription_item_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_item_external_id = _parse_subscription_item_external_id(
            d.pop("subscription_item_external_id", UNSET)
        )

        billing_product_pricing = cls(
            currency=currency,
            interval=interval,
            price=price,
            price_external_id=price_external_id,
            product_external_id=product_external_id,
            quantity=quantity,
            usage_type=usage_type,
            billing_threshold=billing_threshold,
            meter_id=meter_id,
            package_size=package_size,
            price_decimal=price_decimal,
            subscription_item_external_id=subscription_item_external_id,
        )

        billing_product_pricing.additional_properties = d
        return billing_product_pricing

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
