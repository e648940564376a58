from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditUsageAggregation")


@_attrs_define
class CreditUsageAggregation:
    """The `CreditUsageAggregation` object of the API.

    Attributes:
        usage_this_billing_period (float | None | Unset)
        usage_this_calendar_month (float | None | Unset)
        usage_this_week (float | None | Unset)
        usage_today (float | None | Unset)
    """

    usage_this_billing_period: float | None | Unset = UNSET

    usage_this_calendar_month: float | None | Unset = UNSET

    usage_this_week: float | None | Unset = UNSET

    usage_today: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage_this_billing_period: float | None | Unset
        if isinstance(self.usage_this_billing_period, Unset):
            usage_this_billing_period = UNSET
        else:
            usage_this_billing_period = self.usage_this_billing_period

        usage_this_calendar_month: float | None | Unset
        if isinstance(self.usage_this_calendar_month, Unset):
            usage_this_calendar_month = UNSET
        else:
            usage_this_calendar_month = self.usage_this_calendar_month

        usage_this_week: float | None | Unset
        if isinstance(self.usage_this_week, Unset):
            usage_this_week = UNSET
        else:
            usage_this_week = self.usage_this_week

        usage_today: float | None | Unset
        if isinstance(self.usage_today, Unset):
            usage_today = UNSET
        else:
            usage_today = self.usage_today

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage_this_billing_period is not UNSET:
            field_dict["usage_this_billing_period"] = usage_this_billing_period
        if usage_this_calendar_month is not UNSET:
            field_dict["usage_this_calendar_month"] = usage_this_calendar_month
        if usage_this_week is not UNSET:
            field_dict["usage_this_week"] = usage_this_week
        if usage_today is not UNSET:
            field_dict["usage_today"] = usage_today

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_usage_this_billing_period(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        usage_this_billing_period = _parse_usage_this_billing_period(d.pop("usage_this_billing_period", UNSET))

        def _parse_usage_this_calendar_month(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        usage_this_calendar_month = _parse_usage_this_calendar_month(d.pop("usage_this_calendar_month", UNSET))

        def _parse_usage_this_week(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        usage_this_week = _parse_usage_this_week(d.pop("usage_this_week", UNSET))

        def _parse_usage_today(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        usage_today = _parse_usage_today(d.pop("usage_today", UNSET))

        credit_usage_aggregation = cls(
            usage_this_billing_period=usage_this_billing_period,
            usage_this_calendar_month=usage_this_calendar_month,
            usage_this_week=usage_this_week,
            usage_today=usage_today,
        )

        credit_usage_aggregation.additional_properties = d
        return credit_usage_aggregation

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
