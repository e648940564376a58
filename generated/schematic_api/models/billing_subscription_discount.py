from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BillingSubscriptionDiscount")


@_attrs_define
class BillingSubscriptionDiscount:
    """The `BillingSubscriptionDiscount` object of the API.

    Attributes:
        coupon_external_id (str)
        external_id (str)
        is_active (bool)
        started_at (datetime.datetime)
        customer_facing_code (None | str | Unset)
        ended_at (datetime.datetime | None | Unset)
        promo_code_external_id (None | str | Unset)
    """

    coupon_external_id: str

    external_id: str

    is_active: bool

    started_at: datetime.datetime

    customer_facing_code: None | str | Unset = UNSET

    ended_at: datetime.datetime | None | Unset = UNSET

    promo_code_external_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_external_id = self.coupon_external_id

        external_id = self.external_id

        is_active = self.is_active

        started_at = self.started_at.isoformat()

        customer_facing_code: None | str | Unset
        if isinstance(self.customer_facing_code, Unset):
            customer_facing_code = UNSET
        else:
            customer_facing_code = self.customer_facing_code

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        promo_code_external_id: None | str | Unset
        if isinstance(self.promo_code_external_id, Unset):
            promo_code_external_id = UNSET
        else:
            promo_code_external_id = self.promo_code_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_external_id": coupon_external_id,
                "external_id": external_id,
                "is_active": is_active,
                "started_at": started_at,
            }
        )
        if customer_facing_code is not UNSET:
            field_dict["customer_facing_code"] = customer_facing_code
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if promo_code_external_id is not UNSET:
            field_dict["promo_code_external_id"] = promo_code_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_external_id = d.pop("coupon_external_id")

        external_id = d.pop("external_id")

        is_active = d.pop("is_active")

        started_at = parse_datetime(d.pop("started_at"))

        def _parse_customer_facing_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_facing_code = _parse_customer_facing_code(d.pop("customer_facing_code", UNSET))

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
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

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_promo_code_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promo_code_external_id = _parse_promo_code_external_id(d.pop("promo_code_external_id", UNSET))

        billing_subscription_discount = cls(
            coupon_external_id=coupon_external_id,
            external_id=external_id,
            is_active=is_active,
            started_at=started_at,
            customer_facing_code=customer_facing_code,
            ended_at=ended_at,
            promo_code_external_id=promo_code_external_id,
        )

        billing_subscription_discount.additional_properties = d
        return billing_subscription_discount

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
