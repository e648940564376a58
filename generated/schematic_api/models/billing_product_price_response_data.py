from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_price_scheme import BillingPriceScheme, check_billing_price_scheme
from ..models.billing_price_usage_type import BillingPriceUsageType, check_billing_price_usage_type
from ..models.billing_product_price_interval import BillingProductPriceInterval, check_billing_product_price_interval
from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.billing_tiers_mode import BillingTiersMode, check_billing_tiers_mode
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BillingProductPriceResponseData")


@_attrs_define
class BillingProductPriceResponseData:
    """The `BillingProductPriceResponseData` object of the API.

    Attributes:
        billing_scheme (BillingPriceScheme)
        created_at (datetime.datetime)
        currency (str)
        id (str)
        interval (BillingProductPriceInterval)
        interval_count (int)
        is_active (bool)
        package_size (int)
        price (int)
        price_external_id (str)
        product_external_id (str)
        provider_type (BillingProviderType)
        updated_at (datetime.datetime)
        usage_type (BillingPriceUsageType)
        meter_id (None | str | Unset)
        nickname (None | str | Unset)
        price_decimal (None | str | Unset)
        tiers_mode (BillingTiersMode | None | Unset)
    """

    billing_scheme: BillingPriceScheme

    created_at: datetime.datetime

    currency: str

    id: str

    interval: BillingProductPriceInterval

    interval_count: int

    is_active: bool

    package_size: int

    price: int

    price_external_id: str

    product_external_id: str

    provider_type: BillingProviderType

    updated_at: datetime.datetime

    usage_type: BillingPriceUsageType

    meter_id: None | str | Unset = UNSET

    nickname: None | str | Unset = UNSET

    price_decimal: None | str | Unset = UNSET

    tiers_mode: BillingTiersMode | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_scheme: str = self.billing_scheme

        created_at = self.created_at.isoformat()

        currency = self.currency

        id = self.id

        interval: str = self.interval

        interval_count = self.interval_count

        is_active = self.is_active

        package_size = self.package_size

        price = self.price

        price_external_id = self.price_external_id

        product_external_id = self.product_external_id

        provider_type: str = self.provider_type

        updated_at = self.updated_at.isoformat()

        usage_type: str = self.usage_type

        meter_id: None | str | Unset
        if isinstance(self.meter_id, Unset):
            meter_id = UNSET
        else:
            meter_id = self.meter_id

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        price_decimal: None | str | Unset
        if isinstance(self.price_decimal, Unset):
            price_decimal = UNSET
        else:
            price_decimal = self.price_decimal

        tiers_mode: None | str | Unset
        if isinstance(self.tiers_mode, Unset):
            tiers_mode = UNSET
        elif isinstance(self.tiers_mode, str):
            tiers_mode = self.tiers_mode
        else:
            tiers_mode = self.tiers_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_scheme": billing_scheme,
                "created_at": created_at,
                "currency": currency,
                "id": id,
                "interval": interval,
                "interval_count": interval_count,
                "is_active": is_active,
                "package_size": package_size,
                "price": price,
                "price_external_id": price_external_id,
                "product_external_id": product_external_id,
                "provider_type": provider_type,
                "updated_at": updated_at,
                "usage_type": usage_type,
            }
        )
        if meter_id is not UNSET:
            field_dict["meter_id"] = meter_id
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if price_decimal is not UNSET:
            field_dict["price_decimal"] = price_decimal
        if tiers_mode is not UNSET:
            field_dict["tiers_mode"] = tiers_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billing_scheme = check_billing_price_scheme(d.pop("billing_scheme"))

        created_at = parse_datetime(d.pop("created_at"))

        currency = d.pop("currency")

        id = d.pop("id")

        interval = check_billing_product_price_interval(d.pop("interval"))

        interval_count = d.pop("interval_count")

        is_active = d.pop("is_active")

        package_size = d.pop("package_size")

        price = d.pop("price")

        price_external_id = d.pop("price_external_id")

        product_external_id = d.pop("product_external_id")

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        updated_at = parse_datetime(d.pop("updated_at"))

        usage_type = check_billing_price_usage_type(d.pop("usage_type"))

        def _parse_meter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_id = _parse_meter_id(d.pop("meter_id", UNSET))

        def _parse_nickname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nickname = _parse_nickname(d.pop("nickname", UNSET))

        def _parse_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_decimal = _parse_price_decimal(d.pop("price_decimal", UNSET))

        def _parse_tiers_mode(data: object) -> BillingTiersMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_tiers_mode(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingTiersMode | None | Unset, data)

        tiers_mode = _parse_tiers_mode(d.pop("tiers_mode", UNSET))

        billing_product_price_response_data = cls(
            billing_scheme=billing_scheme,
            created_at=created_at,
            currency=currency,
            id=id,
            interval=interval,
            interval_count=interval_count,
            is_active=is_active,
            package_size=package_size,
            price=price,
            price_external_id=price_external_id,
            product_external_id=product_external_id,
            provider_type=provider_type,
            updated_at=updated_at,
            usage_type=usage_type,
            meter_id=meter_id,
            nickname=nickname,
            price_decimal=price_decimal,
            tiers_mode=tiers_mode,
        )

        billing_product_price_response_data.additional_properties = d
        return billing_product_price_response_data

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
