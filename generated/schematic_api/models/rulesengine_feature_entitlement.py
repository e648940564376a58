from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rulesengine_entitlement_value_type import (
    RulesengineEntitlementValueType,
    check_rulesengine_entitlement_value_type,
)
from ..models.rulesengine_metric_period import RulesengineMetricPeriod, check_rulesengine_metric_period
from ..models.rulesengine_metric_period_month_reset import (
    RulesengineMetricPeriodMonthReset,
    check_rulesengine_metric_period_month_reset,
)
from ..types import UNSET, Unset, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.rulesengine_warning_tier import RulesengineWarningTier


T = TypeVar("T", bound="RulesengineFeatureEntitlement")


def _convert_warning_tiers(
    value: list[RulesengineWarningTier] | Unset | Sequence[RulesengineWarningTier | Mapping[str, Any]],
) -> list[RulesengineWarningTier] | Unset:
    return cast(
        "list[RulesengineWarningTier] | Unset",
        as_model_list(value, ".rulesengine_warning_tier", "RulesengineWarningTier", __package__),
    )


@_attrs_define
class RulesengineFeatureEntitlement:
    """The `RulesengineFeatureEntitlement` object of the API.

    Attributes:
        feature_id (str)
        feature_key (str)
        value_type (RulesengineEntitlementValueType)
        allocation (int | None | Unset)
        consumption_rate (float | None | Unset)
        credit_id (None | str | Unset)
        credit_remaining (float | None | Unset)
        credit_reserved (float | None | Unset)
        credit_settled (float | None | Unset)
        credit_total (float | None | Unset)
        credit_used (float | None | Unset)
        event_name (None | str | Unset)
        event_subtype (None | str | Unset)
        metric_period (None | RulesengineMetricPeriod | Unset)
        metric_reset_at (datetime.datetime | None | Unset)
        month_reset (None | RulesengineMetricPeriodMonthReset | Unset)
        soft_limit (int | None | Unset)
        usage (int | None | Unset)
        warning_tiers (list[RulesengineWarningTier] | Unset)
    """

    feature_id: str

    feature_key: str

    value_type: RulesengineEntitlementValueType

    allocation: int | None | Unset = UNSET

    consumption_rate: float | None | Unset = UNSET

    credit_id: None | str | Unset = UNSET

    credit_remaining: float | None | Unset = UNSET

    credit_reserved: float | None | Unset = UNSET

    credit_settled: float | None | Unset = UNSET

    credit_total: float | None | Unset = UNSET

    credit_used: float | None | Unset = UNSET

    event_name: None | str | Unset = UNSET

    event_subtype: None | str | Unset = UNSET

    metric_period: None | RulesengineMetricPeriod | Unset = UNSET

    metric_reset_at: datetime.datetime | None | Unset = UNSET

    month_reset: None | RulesengineMetricPeriodMonthReset | Unset = UNSET

    soft_limit: int | None | Unset = UNSET

    usage: int | None | Unset = UNSET

    warning_tiers: list[RulesengineWarningTier] | Unset = _attrs_field(default=UNSET, converter=_convert_warning_tiers)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        feature_key = self.feature_key

        value_type: str = self.value_type

        allocation: int | None | Unset
        if isinstance(self.allocation, Unset):
            allocation = UNSET
        else:
            allocation = self.allocation

        consumption_rate: float | None | Unset
        if isinstance(self.consumption_rate, Unset):
            consumption_rate = UNSET
        else:
            consumption_rate = self.consumption_rate

        credit_id: None | str | Unset
        if isinstance(self.credit_id, Unset):
            credit_id = UNSET
        else:
            credit_id = self.credit_id

        credit_remaining: float | None | Unset
        if isinstance(self.credit_remaining, Unset):
            credit_remaining = UNSET
        else:
            credit_remaining = self.credit_remaining

        credit_reserved: float | None | Unset
        if isinstance(self.credit_reserved, Unset):
            credit_reserved = UNSET
        else:
            credit_reserved = self.credit_reserved

        credit_settled: float | None | Unset
        if isinstance(self.credit_settled, Unset):
            credit_settled = UNSET
        else:
            credit_settled = self.credit_settled

        credit_total: float | None | Unset
        if isinstance(self.credit_total, Unset):
            credit_total = UNSET
        else:
            credit_total = self.credit_total

        credit_used: float | None | Unset
        if isinstance(self.credit_used, Unset):
            credit_used = UNSET
        else:
            credit_used = self.credit_used

        event_name: None | str | Unset
        if isinstance(self.event_name, Unset):
            event_name = UNSET
        else:
            event_name = self.event_name

        event_subtype: None | str | Unset
        if isinstance(self.event_subtype, Unset):
            event_subtype = UNSET
        else:
            event_subtype = self.event_subtype

        metric_period: None | str | Unset
        if isinstance(self.metric_period, Unset):
            metric_period = UNSET
        elif isinstance(self.metric_period, str):
            metric_period = self.metric_period
        else:
            metric_period = self.metric_period

        metric_reset_at: None | str | Unset
        if isinstance(self.metric_reset_at, Unset):
            metric_reset_at = UNSET
        elif isinstance(self.metric_reset_at, datetime.datetime):
            metric_reset_at = self.metric_reset_at.isoformat()
        else:
            metric_reset_at = self.metric_reset_at

        month_reset: None | str | Unset
        if isinstance(self.month_reset, Unset):
            month_reset = UNSET
        elif isinstance(self.month_reset, str):
            month_reset = self.month_reset
        else:
            month_reset = self.month_reset

        soft_limit: int | None | Unset
        if isinstance(self.soft_limit, Unset):
            soft_limit = UNSET
        else:
            soft_limit = self.soft_limit

        usage: int | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        warning_tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warning_tiers, Unset):
            warning_tiers = []
            for warning_tiers_item_data in self.warning_tiers:
                warning_tiers_item = warning_tiers_item_data.to_dict()
                warning_tiers.append(warning_tiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "feature_key": feature_key,
                "value_type": value_type,
            }
        )
        if allocation is not UNSET:
            field_dict["allocation"] = allocation
        if consumption_rate is not UNSET:
            field_dict["consumption_rate"] = consumption_rate
        if credit_id is not UNSET:
            field_dict["credit_id"] = credit_id
        if credit_remaining is not UNSET:
            field_dict["credit_remaining"] = credit_remaining
        if credit_reserved is not UNSET:
            field_dict["credit_reserved"] = credit_reserved
        if credit_settled is not UNSET:
            field_dict["credit_settled"] = credit_settled
        if credit_total is not UNSET:
            field_dict["credit_total"] = credit_total
        if credit_used is not UNSET:
            field_dict["credit_used"] = credit_used
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if event_subtype is not UNSET:
            field_dict["event_subtype"] = event_subtype
        if metric_period is not UNSET:
            field_dict["metric_period"] = metric_period
        if metric_reset_at is not UNSET:
            field_dict["metric_reset_at"] = metric_reset_at
        if month_reset is not UNSET:
            field_dict["month_reset"] = month_reset
        if soft_limit is not UNSET:
            field_dict["soft_limit"] = soft_limit
        if usage is not UNSET:
            field_dict["usage"] = usage
        if warning_tiers is not UNSET:
            field_dict["warning_tiers"] = warning_tiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulesengine_warning_tier import RulesengineWarningTier  # noqa: PLC0415

        d = dict(src_dict)
        feature_id = d.pop("feature_id")

        feature_key = d.pop("feature_key")

        value_type = check_rulesengine_entitlement_value_type(d.pop("value_type"))

        def _parse_allocation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        allocation = _parse_allocation(d.pop("allocation", UNSET))

        def _parse_consumption_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        consumption_rate = _parse_consumption_rate(d.pop("consumption_rate", UNSET))

        def _parse_credit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_id = _parse_credit_id(d.pop("credit_id", UNSET))

        def _parse_credit_remaining(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_remaining = _parse_credit_remaining(d.pop("credit_remaining", UNSET))

        def _parse_credit_reserved(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_reserved = _parse_credit_reserved(d.pop("credit_reserved", UNSET))

        def _parse_credit_settled(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_settled = _parse_credit_settled(d.pop("credit_settled", UNSET))

        def _parse_credit_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_total = _parse_credit_total(d.pop("credit_total", UNSET))

        def _parse_credit_used(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_used = _parse_credit_used(d.pop("credit_used", UNSET))

        def _parse_event_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_name = _parse_event_name(d.pop("event_name", UNSET))

        def _parse_event_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_subtype = _parse_event_subtype(d.pop("event_subtype", UNSET))

        def _parse_metric_period(data: object) -> None | RulesengineMetricPeriod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_rulesengine_metric_period(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RulesengineMetricPeriod | Unset, data)

        metric_period = _parse_metric_period(d.pop("metric_period", UNSET))

        def _parse_metric_reset_at(data: object) -> datetime.datetime | None | Unset:
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

        metric_reset_at = _parse_metric_reset_at(d.pop("metric_reset_at", UNSET))

        def _parse_month_reset(data: object) -> None | RulesengineMetricPeriodMonthReset | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_rulesengine_metric_period_month_reset(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RulesengineMetricPeriodMonthReset | Unset, data)

        month_reset = _parse_month_reset(d.pop("month_reset", UNSET))

        def _parse_soft_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        soft_limit = _parse_soft_limit(d.pop("soft_limit", UNSET))

        def _parse_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        _warning_tiers = d.pop("warning_tiers", UNSET)
        warning_tiers: list[RulesengineWarningTier] | Unset = UNSET
        if _warning_tiers is not UNSET:
            warning_tiers = []
            for warning_tiers_item_data in _warning_tiers:
                warning_tiers_item = RulesengineWarningTier.from_dict(warning_tiers_item_data)

                warning_tiers.append(warning_tiers_item)

        rulesengine_feature_entitlement = cls(
            feature_id=feature_id,
            feature_key=feature_key,
            value_type=value_type,
            allocation=allocation,
            consumption_rate=consumption_rate,
            credit_id=credit_id,
            credit_remaining=credit_remaining,
            credit_reserved=credit_reserved,
            credit_settled=credit_settled,
            credit_total=credit_total,
            credit_used=credit_used,
            event_name=event_name,
            event_subtype=event_subtype,
            metric_period=metric_period,
            metric_reset_at=metric_reset_at,
            month_reset=month_reset,
            soft_limit=soft_limit,
            usage=usage,
            warning_tiers=warning_tiers,
        )

        rulesengine_feature_entitlement.additional_properties = d
        return rulesengine_feature_entitlement

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
