from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_price_scheme import BillingPriceScheme, check_billing_price_scheme
from ..models.billing_price_usage_type import BillingPriceUsageType, check_billing_price_usage_type
from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_product_price_tier_response_data import BillingProductPriceTierResponseData


T = TypeVar("T", bound="BillingProductForSubscriptionResponseData")


def _convert_price_tier(
    value: list[BillingProductPriceTierResponseData]
    | Sequence[BillingProductPriceTierResponseData | Mapping[str, Any]],
) -> list[BillingProductPriceTierResponseData]:
    return cast(
        "list[BillingProductPriceTierResponseData]",
        as_model_list(
            value, ".billing_product_price_tier_response_data", "BillingProductPriceTierResponseData", __package__
        ),
    )


@_attrs_define
class BillingProductForSubscriptionResponseData:
    """The `BillingProductForSubscriptionResponseData` object of the API.

    Attributes:
        billing_scheme (BillingPriceScheme)
        created_at (datetime.datetime)
        currency (str)
        environment_id (str)
        external_id (str)
        id (str)
        interval (str)
        name (str)
        package_size (int)
        price (int)
        price_external_id (str)
        price_id (str)
        price_tier (list[BillingProductPriceTierResponseData])
        provider_type (BillingProviderType)
        quantity (float)
        subscription_id (str)
        updated_at (datetime.datetime)
        usage_type (BillingPriceUsageType)
        billing_threshold (int | None | Unset)
        interval_count (int | None | Unset)
        meter_id (None | str | Unset)
        price_decimal (None | str | Unset)
        subscription_item_external_id (None | str | Unset)
    """

    billing_scheme: BillingPriceScheme

    created_at: datetime.datetime

    currency: str

    environment_id: str

    external_id: str

    id: str

    interval: str

    name: str

    package_size: int

    price: int

    price_external_id: str

    price_id: str

    price_tier: list[BillingProductPriceTierResponseData] = _attrs_field(converter=_convert_price_tier)

    provider_type: BillingProviderType

    quantity: float

    subscription_id: str

    updated_at: datetime.datetime

    usage_type: BillingPriceUsageType

    billing_threshold: int | None | Unset = UNSET

    interval_count: int | None | Unset = UNSET

    meter_id: None | str | Unset = UNSET

    price_decimal: None | str | Unset = UNSET

    subscription_item_external_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_scheme: str = self.billing_scheme

        created_at = self.created_at.isoformat()

        currency = self.currency

        environment_id = self.environment_id

        external_id = self.external_id

        id = self.id

        interval = self.interval

        name = self.name

        package_size = self.package_size

        price = self.price

        price_external_id = self.price_external_id

        price_id = self.price_id

        price_tier = []
        for price_tier_item_data in self.price_tier:
            price_tier_item = price_tier_item_data.to_dict()
            price_tier.append(price_tier_item)

        provider_type: str = self.provider_type

        quantity = self.quantity

        subscription_id = self.subscription_id

        updated_at = self.updated_at.isoformat()

        usage_type: str = self.usage_type

        billing_threshold: int | None | Unset
        if isinstance(self.billing_threshold, Unset):
            billing_threshold = UNSET
        else:
            billing_threshold = self.billing_threshold

        interval_count: int | None | Unset
        if isinstance(self.interval_count, Unset):
            interval_count = UNSET
        else:
            interval_count = self.interval_count

        meter_id: None | str | Unset
        if isinstance(self.meter_id, Unset):
            meter_id = UNSET
        else:
            meter_id = self.meter_id

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
                "billing_scheme": billing_scheme,
                "created_at": created_at,
                "currency": currency,
                "environment_id": environment_id,
                "external_id": external_id,
                "id": id,
                "interval": interval,
                "name": name,
                "package_size": package_size,
                "price": price,
                "price_external_id": price_external_id,
                "price_id": price_id,
                "price_tier": price_tier,
                "provider_type": provider_type,
                "quantity": quantity,
                "subscription_id": subscription_id,
                "updated_at": updated_at,
                "usage_type": usage_type,
            }
        )
        if billing_threshold is not UNSET:
            field_dict["billing_threshold"] = billing_threshold
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if meter_id is not UNSET:
            field_dict["meter_id"] = meter_id
        if price_decimal is not UNSET:
            field_dict["price_decimal"] = price_decimal
        if subscription_item_external_id is not UNSET:
            field_dict["subscription_item_external_id"] = subscription_item_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_product_price_tier_response_data import BillingProductPriceTierResponseData  # noqa: PLC0415

        d = dict(src_dict)
        billing_scheme = check_billing_price_scheme(d.pop("billing_scheme"))

        created_at = parse_datetime(d.pop("created_at"))

        currency = d.pop("currency")

        environment_id = d.pop("environment_id")

        external_id = d.pop("external_id")

        id = d.pop("id")

        interval = d.pop("interval")

        name = d.pop("name")

        package_size = d.pop("package_size")

        price = d.pop("price")

        price_external_id = d.pop("price_external_id")

        price_id = d.pop("price_id")

        price_tier = []
        _price_tier = d.pop("price_tier")
        for price_tier_item_data in _price_tier:
            price_tier_item = BillingProductPriceTierResponseData.from_dict(price_tier_item_data)

            price_tier.append(price_tier_item)

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        quantity = d.pop("quantity")

        subscription_id = d.pop("subscription_id")

        updated_at = parse_datetime(d.pop("updated_at"))

        usage_type = check_billing_price_usage_type(d.pop("usage_type"))

        def _parse_billing_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_threshold = _parse_billing_threshold(d.pop("billing_threshold", UNSET))

        def _parse_interval_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval_count = _parse_interval_count(d.pop("interval_count", UNSET))

        def _parse_meter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_id = _parse_meter_id(d.pop("meter_id", UNSET))

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

        billing_product_for_subscription_response_data = cls(
            billing_scheme=billing_scheme,
            created_at=created_at,
            currency=currency,
            environment_id=environment_id,
            external_id=external_id,
            id=id,
            interval=interval,
            name=name,
            package_size=package_size,
            price=price,
            price_external_id=price_external_id,
            price_id=price_id,
            price_tier=price_tier,
            provider_type=provider_type,
            quantity=quantity,
            subscription_id=subscription_id,
            updated_at=updated_at,
            usage_type=usage_type,
            billing_threshold=billing_threshold,
            interval_count=interval_count,
            meter_id=meter_id,
            price_decimal=price_decimal,
            subscription_item_external_id=subscription_item_external_id,
        )

        billing_product_for_subscription_response_data.additional_properties = d
        return billing_product_for_subscription_response_data

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
