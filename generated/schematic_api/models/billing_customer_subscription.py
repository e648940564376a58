from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BillingCustomerSubscription")


@_attrs_define
class BillingCustomerSubscription:
    """The `BillingCustomerSubscription` object of the API.

    Attributes:
        currency (str)
        interval (str)
        metered_usage (bool)
        per_unit_price (int)
        total_price (int)
        expired_at (datetime.datetime | None | Unset)
    """

    currency: str

    interval: str

    metered_usage: bool

    per_unit_price: int

    total_price: int

    expired_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        interval = self.interval

        metered_usage = self.metered_usage

        per_unit_price = self.per_unit_price

        total_price = self.total_price

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = self.expired_at.isoformat()
        else:
            expired_at = self.expired_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "interval": interval,
                "metered_usage": metered_usage,
                "per_unit_price": per_unit_price,
                "total_price": total_price,
            }
        )
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        interval = d.pop("interval")

        metered_usage = d.pop("metered_usage")

        per_unit_price = d.pop("per_unit_price")

        total_price = d.pop("total_price")

        def _parse_expired_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

        billing_customer_subscription = cls(
            currency=currency,
            interval=interval,
            metered_usage=metered_usage,
            per_unit_price=per_unit_price,
            total_price=total_price,
            expired_at=expired_at,
        )

        billing_customer_subscription.additional_properties = d
        return billing_customer_subscription

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
