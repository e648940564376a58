from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rulesengine_metric_period import RulesengineMetricPeriod, check_rulesengine_metric_period
from ..models.rulesengine_rule_type import RulesengineRuleType, check_rulesengine_rule_type
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.rulesengine_feature_entitlement import RulesengineFeatureEntitlement


T = TypeVar("T", bound="RulesengineCheckFlagResult")


def _convert_entitlement(
    value: RulesengineFeatureEntitlement | Unset | Mapping[str, Any],
) -> RulesengineFeatureEntitlement | Unset:
    return cast(
        "RulesengineFeatureEntitlement | Unset",
        as_model(value, ".rulesengine_feature_entitlement", "RulesengineFeatureEntitlement", __package__),
    )


@_attrs_define
class RulesengineCheckFlagResult:
    """The `RulesengineCheckFlagResult` object of the API.

    Attributes:
        flag_key (str)
        reason (str)
        value (bool)
        company_id (None | str | Unset)
        entitlement (RulesengineFeatureEntitlement | Unset)
        err (str | Unset)
        feature_allocation (int | None | Unset)
        feature_usage (int | None | Unset)
        feature_usage_event (None | str | Unset)
        feature_usage_period (None | RulesengineMetricPeriod | Unset)
        feature_usage_reset_at (datetime.datetime | None | Unset)
        flag_id (None | str | Unset)
        rule_id (None | str | Unset)
        rule_type (None | RulesengineRuleType | Unset)
        user_id (None | str | Unset)
    """

    flag_key: str

    reason: str

    value: bool

    company_id: None | str | Unset = UNSET

    entitlement: RulesengineFeatureEntitlement | Unset = _attrs_field(default=UNSET, converter=_convert_entitlement)

    err: str | Unset = UNSET

    feature_allocation: int | None | Unset = UNSET

    feature_usage: int | None | Unset = UNSET

    feature_usage_event: None | str | Unset = UNSET

    feature_usage_period: None | RulesengineMetricPeriod | Unset = UNSET

    feature_usage_reset_at: datetime.datetime | None | Unset = UNSET

    flag_id: None | str | Unset = UNSET

    rule_id: None | str | Unset = UNSET

    rule_type: None | RulesengineRuleType | Unset = UNSET

    user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flag_key = self.flag_key

        reason = self.reason

        value = self.value

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        entitlement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entitlement, Unset):
            entitlement = self.entitlement.to_dict()

        err = self.err

        feature_allocation: int | None | Unset
        if isinstance(self.feature_allocation, Unset):
            feature_allocation = UNSET
        else:
            feature_allocation = self.feature_allocation

        feature_usage: int | None | Unset
        if isinstance(self.feature_usage, Unset):
            feature_usage = UNSET
        else:
            feature_usage = self.feature_usage

        feature_usage_event: None | str | Unset
        if isinstance(self.feature_usage_event, Unset):
            feature_usage_event = UNSET
        else:
            feature_usage_event = self.feature_usage_event

        feature_usage_period: None | str | Unset
        if isinstance(self.feature_usage_period, Unset):
            feature_usage_period = UNSET
        elif isinstance(self.feature_usage_period, str):
            feature_usage_period = self.feature_usage_period
        else:
            feature_usage_period = self.feature_usage_period

        feature_usage_reset_at: None | str | Unset
        if isinstance(self.feature_usage_reset_at, Unset):
            feature_usage_reset_at = UNSET
        elif isinstance(self.feature_usage_reset_at, datetime.datetime):
            feature_usage_reset_at = self.feature_usage_reset_at.isoformat()
        else:
            feature_usage_reset_at = self.feature_usage_reset_at

        flag_id: None | str | Unset
        if isinstance(self.flag_id, Unset):
            flag_id = UNSET
        else:
            flag_id = self.flag_id

        rule_id: None | str | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        rule_type: None | str | Unset
        if isinstance(self.rule_type, Unset):
            rule_type = UNSET
        elif isinstance(self.rule_type, str):
            rule_type = self.rule_type
        else:
            rule_type = self.rule_type

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flag_key": flag_key,
                "reason": reason,
                "value": value,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if entitlement is not UNSET:
            field_dict["entitlement"] = entitlement
        if err is not UNSET:
            field_dict["err"] = err
        if feature_allocation is not UNSET:
            field_dict["feature_allocation"] = feature_allocation
        if feature_usage is not UNSET:
            field_dict["feature_usage"] = feature_usage
        if feature_usage_event is not UNSET:
            field_dict["feature_usage_event"] = feature_usage_event
        if feature_usage_period is not UNSET:
            field_dict["feature_usage_period"] = feature_usage_period
        if feature_usage_reset_at is not UNSET:
            field_dict["feature_usage_reset_at"] = feature_usage_reset_at
        if flag_id is not UNSET:
            field_dict["flag_id"] = flag_id
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_type is not UNSET:
            field_dict["rule_type"] = rule_type
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulesengine_feature_entitlement import RulesengineFeatureEntitlement  # noqa: PLC0415

        d = dict(src_dict)
        flag_key = d.pop("flag_key")

        reason = d.pop("reason")

        value = d.pop("value")

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        _entitlement = d.pop("entitlement", UNSET)
        entitlement: RulesengineFeatureEntitlement | Unset
        if isinstance(_entitlement, Unset):
            entitlement = UNSET
        else:
            entitlement = RulesengineFeatureEntitlement.from_dict(_entitlement)

        err = d.pop("err", UNSET)

        def _parse_feature_allocation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        feature_allocation = _parse_feature_allocation(d.pop("feature_allocation", UNSET))

        def _parse_feature_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        feature_usage = _parse_feature_usage(d.pop("feature_usage", UNSET))

        def _parse_feature_usage_event(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_usage_event = _parse_feature_usage_event(d.pop("feature_usage_event", UNSET))

        def _parse_feature_usage_period(data: object) -> None | RulesengineMetricPeriod | Unset:
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

        feature_usage_period = _parse_feature_usage_period(d.pop("feature_usage_period", UNSET))

        def _parse_feature_usage_reset_at(data: object) -> datetime.datetime | None | Unset:
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

        feature_usage_reset_at = _parse_feature_usage_reset_at(d.pop("feature_usage_reset_at", UNSET))

        def _parse_flag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_id = _parse_flag_id(d.pop("flag_id", UNSET))

        def _parse_rule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_id = _parse_rule_id(d.pop("rule_id", UNSET))

        def _parse_rule_type(data: object) -> None | RulesengineRuleType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_rulesengine_rule_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RulesengineRuleType | Unset, data)

        rule_type = _parse_rule_type(d.pop("rule_type", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        rulesengine_check_flag_result = cls(
            flag_key=flag_key,
            reason=reason,
            value=value,
            company_id=company_id,
            entitlement=entitlement,
            err=err,
            feature_allocation=feature_allocation,
            feature_usage=feature_usage,
            feature_usage_event=feature_usage_event,
            feature_usage_period=feature_usage_period,
            feature_usage_reset_at=feature_usage_reset_at,
            flag_id=flag_id,
            rule_id=rule_id,
            rule_type=rule_type,
            user_id=user_id,
        )

        rulesengine_check_flag_result.additional_properties = d
        return rulesengine_check_flag_result

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
