from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_price_scheme import BillingPriceScheme, check_billing_price_scheme
from ..models.billing_product_price_interval import BillingProductPriceInterval, check_billing_product_price_interval
from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingPriceResponseData")


@_attrs_define
class BillingPriceResponseData:
    """The `BillingPriceResponseData` object of the API.

    Attributes:
        currency (str)
        external_price_id (str)
        id (str)
        interval (BillingProductPriceInterval)
        interval_count (int)
        price (int)
        provider_type (BillingProviderType)
        scheme (BillingPriceScheme)
        nickname (None | str | Unset)
        price_decimal (None | str | Unset)
    """

    currency: str

    external_price_id: str

    id: str

    interval: BillingProductPriceInterval

    interval_count: int

    price: int

    provider_type: BillingProviderType

    scheme: BillingPriceScheme

    nickname: None | str | Unset = UNSET

    price_decimal: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        external_price_id = self.external_price_id

        id = self.id

        interval: str = self.interval

        interval_count = self.interval_count

        price = self.price

        provider_type: str = self.provider_type

        scheme: str = self.scheme

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "external_price_id": external_price_id,
                "id": id,
                "interval": interval,
                "interval_count": interval_count,
                "price": price,
                "provider_type": provider_type,
                "scheme": scheme,
            }
        )
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if price_decimal is not UNSET:
            field_dict["price_decimal"] = price_decimal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        external_price_id = d.pop("external_price_id")

        id = d.pop("id")

        interval = check_billing_product_price_interval(d.pop("interval"))

        interval_count = d.pop("interval_count")

        price = d.pop("price")

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        scheme = check_billing_price_scheme(d.pop("scheme"))

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

        billing_price_response_data = cls(
            currency=currency,
            external_price_id=external_price_id,
            id=id,
            interval=interval,
            interval_count=interval_count,
            price=price,
            provider_type=provider_type,
            scheme=scheme,
            nickname=nickname,
            price_decimal=price_decimal,
        )

        billing_price_response_data.additional_properties = d
        return billing_price_response_data

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
