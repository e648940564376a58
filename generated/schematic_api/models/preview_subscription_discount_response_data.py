from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PreviewSubscriptionDiscountResponseData")


@_attrs_define
class PreviewSubscriptionDiscountResponseData:
    """The `PreviewSubscriptionDiscountResponseData` object of the API.

    Attributes:
        coupon_name (str)
        duration (str)
        is_active (bool)
        started_at (datetime.datetime)
        amount_off (int | None | Unset)
        currency (None | str | Unset)
        customer_facing_code (None | str | Unset)
        duration_in_months (int | None | Unset)
        ended_at (datetime.datetime | None | Unset)
        percent_off (float | None | Unset)
        promo_code_external_id (None | str | Unset)
    """

    coupon_name: str

    duration: str

    is_active: bool

    started_at: datetime.datetime

    amount_off: int | None | Unset = UNSET

    currency: None | str | Unset = UNSET

    customer_facing_code: None | str | Unset = UNSET

    duration_in_months: int | None | Unset = UNSET

    ended_at: datetime.datetime | None | Unset = UNSET

    percent_off: float | None | Unset = UNSET

    promo_code_external_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_name = self.coupon_name

        duration = self.duration

        is_active = self.is_active

        started_at = self.started_at.isoformat()

        amount_off: int | None | Unset
        if isinstance(self.amount_off, Unset):
            amount_off = UNSET
        else:
            amount_off = self.amount_off

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        customer_facing_code: None | str | Unset
        if isinstance(self.customer_facing_code, Unset):
            customer_facing_code = UNSET
        else:
            customer_facing_code = self.customer_facing_code

        duration_in_months: int | None | Unset
        if isinstance(self.duration_in_months, Unset):
            duration_in_months = UNSET
        else:
            duration_in_months = self.duration_in_months

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        percent_off: float | None | Unset
        if isinstance(self.percent_off, Unset):
            percent_off = UNSET
        else:
            percent_off = self.percent_off

        promo_code_external_id: None | str | Unset
        if isinstance(self.promo_code_external_id, Unset):
            promo_code_external_id = UNSET
        else:
            promo_code_external_id = self.promo_code_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_name": coupon_name,
                "duration": duration,
                "is_active": is_active,
                "started_at": started_at,
            }
        )
        if amount_off is not UNSET:
            field_dict["amount_off"] = amount_off
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_facing_code is not UNSET:
            field_dict["customer_facing_code"] = customer_facing_code
        if duration_in_months is not UNSET:
            field_dict["duration_in_months"] = duration_in_months
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if promo_code_external_id is not UNSET:
            field_dict["promo_code_external_id"] = promo_code_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_name = d.pop("coupon_name")

        duration = d.pop("duration")

        is_active = d.pop("is_active")

        started_at = parse_datetime(d.pop("started_at"))

        def _parse_amount_off(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_off = _parse_amount_off(d.pop("amount_off", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_customer_facing_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_facing_code = _parse_customer_facing_code(d.pop("customer_facing_code", UNSET))

        def _parse_duration_in_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_in_months = _parse_duration_in_months(d.pop("duration_in_months", UNSET))

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

        def _parse_percent_off(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percent_off = _parse_percent_off(d.pop("percent_off", UNSET))

        def _parse_promo_code_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promo_code_external_id = _parse_promo_code_external_id(d.pop("promo_code_external_id", UNSET))

        preview_subscription_discount_response_data = cls(
            coupon_name=coupon_name,
            duration=duration,
            is_active=is_active,
            started_at=started_at,
            amount_off=amount_off,
            currency=currency,
            customer_facing_code=customer_facing_code,
            duration_in_months=duration_in_months,
            ended_at=ended_at,
            percent_off=percent_off,
            promo_code_external_id=promo_code_external_id,
        )

        preview_subscription_discount_response_data.additional_properties = d
        return preview_subscription_discount_response_data

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
