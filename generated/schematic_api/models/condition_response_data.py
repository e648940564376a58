from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparable_operator import ComparableOperator, check_comparable_operator
from ..models.condition_type import ConditionType, check_condition_type
from ..models.entity_type import EntityType, check_entity_type
from ..models.metric_period import MetricPeriod, check_metric_period
from ..models.metric_period_month_reset import MetricPeriodMonthReset, check_metric_period_month_reset
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ConditionResponseData")


@_attrs_define
class ConditionResponseData:
    """The `ConditionResponseData` object of the API.

    Attributes:
        account_id (str)
        condition_type (ConditionType)
        created_at (datetime.datetime)
        environment_id (str)
        id (str)
        operator (ComparableOperator)
        resource_unspecified_ids (list[str])
        rule_id (str)
        trait_value (str)
        trait_value_bool (bool)
        trait_value_int (int)
        updated_at (datetime.datetime)
        comparison_trait_id (None | str | Unset)
        condition_group_id (None | str | Unset)
        consumption_rate (float | None | Unset)
        credit_id (None | str | Unset)
        event_subtype (None | str | Unset)
        flag_id (None | str | Unset)
        metric_period (MetricPeriod | None | Unset)
        metric_period_month_reset (MetricPeriodMonthReset | None | Unset)
        metric_value (int | None | Unset)
        trait_entity_type (EntityType | None | Unset)
        trait_id (None | str | Unset)
        trait_value_date (datetime.datetime | None | Unset)
    """

    account_id: str

    condition_type: ConditionType

    created_at: datetime.datetime

    environment_id: str

    id: str

    operator: ComparableOperator

    resource_unspecified_ids: list[str]

    rule_id: str

    trait_value: str

    trait_value_bool: bool

    trait_value_int: int

    updated_at: datetime.datetime

    comparison_trait_id: None | str | Unset = UNSET

    condition_group_id: None | str | Unset = UNSET

    consumption_rate: float | None | Unset = UNSET

    credit_id: None | str | Unset = UNSET

    event_subtype: None | str | Unset = UNSET

    flag_id: None | str | Unset = UNSET

    metric_period: MetricPeriod | None | Unset = UNSET

    metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET

    metric_value: int | None | Unset = UNSET

    trait_entity_type: EntityType | None | Unset = UNSET

    trait_id: None | str | Unset = UNSET

    trait_value_date: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        condition_type: str = self.condition_type

        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        id = self.id

        operator: str = self.operator

        resource_unspecified_ids = self.resource_unspecified_ids

        rule_id = self.rule_id

        trait_value = self.trait_value

        trait_value_bool = self.trait_value_bool

        trait_value_int = self.trait_value_int

        updated_at = self.updated_at.isoformat()

        comparison_trait_id: None | str | Unset
        if isinstance(self.comparison_trait_id, Unset):
            comparison_trait_id = UNSET
        else:
            comparison_trait_id = self.comparison_trait_id

        condition_group_id: None | str | Unset
        if isinstance(self.condition_group_id, Unset):
            condition_group_id = UNSET
        else:
            condition_group_id = self.condition_group_id

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

        event_subtype: None | str | Unset
        if isinstance(self.event_subtype, Unset):
            event_subtype = UNSET
        else:
            event_subtype = self.event_subtype

        flag_id: None | str | Unset
        if isinstance(self.flag_id, Unset):
            flag_id = UNSET
        else:
            flag_id = self.flag_id

        metric_period: None | str | Unset
        if isinstance(self.metric_period, Unset):
            metric_period = UNSET
        elif isinstance(self.metric_period, str):
            metric_period = self.metric_period
        else:
            metric_period = self.metric_period

        metric_period_month_reset: None | str | Unset
        if isinstance(self.metric_period_month_reset, Unset):
            metric_period_month_reset = UNSET
        elif isinstance(self.metric_period_month_reset, str):
            metric_period_month_reset = self.metric_period_month_reset
        else:
            metric_period_month_reset = self.metric_period_month_reset

        metric_value: int | None | Unset
        if isinstance(self.metric_value, Unset):
            metric_value = UNSET
        else:
            metric_value = self.metric_value

        trait_entity_type: None | str | Unset
        if isinstance(self.trait_entity_type, Unset):
            trait_entity_type = UNSET
        elif isinstance(self.trait_entity_type, str):
            trait_entity_type = self.trait_entity_type
        else:
            trait_entity_type = self.trait_entity_type

        trait_id: None | str | Unset
        if isinstance(self.trait_id, Unset):
            trait_id = UNSET
        else:
            trait_id = self.trait_id

        trait_value_date: None | str | Unset
        if isinstance(self.trait_value_date, Unset):
            trait_value_date = UNSET
        elif isinstance(self.trait_value_date, datetime.datetime):
            trait_value_date = self.trait_value_date.isoformat()
        else:
            trait_value_date = self.trait_value_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "condition_type": condition_type,
                "created_at": created_at,
                "environment_id": environment_id,
                "id": id,
                "operator": operator,
                "resource_unspecified_ids": resource_unspecified_ids,
                "rule_id": rule_id,
                "trait_value": trait_value,
                "trait_value_bool": trait_value_bool,
                "trait_value_int": trait_value_int,
                "updated_at": updated_at,
            }
        )
        if comparison_trait_id is not UNSET:
            field_dict["comparison_trait_id"] = comparison_trait_id
        if condition_group_id is not UNSET:
            field_dict["condition_group_id"] = condition_group_id
        if consumption_rate is not UNSET:
            field_dict["consumption_rate"] = consumption_rate
        if credit_id is not UNSET:
            field_dict["credit_id"] = credit_id
        if event_subtype is not UNSET:
            field_dict["event_subtype"] = event_subtype
        if flag_id is not UNSET:
            field_dict["flag_id"] = flag_id
        if metric_period is not UNSET:
            field_dict["metric_period"] = metric_period
        if metric_period_month_reset is not UNSET:
            field_dict["metric_period_month_reset"] = metric_period_month_reset
        if metric_value is not UNSET:
            field_dict["metric_value"] = metric_value
        if trait_entity_type is not UNSET:
            field_dict["trait_entity_type"] = trait_entity_type
        if trait_id is not UNSET:
            field_dict["trait_id"] = trait_id
        if trait_value_date is not UNSET:
            field_dict["trait_value_date"] = trait_value_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        condition_type = check_condition_type(d.pop("condition_type"))

        created_at = parse_datetime(d.pop("created_at"))

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        operator = check_comparable_operator(d.pop("operator"))

        resource_unspecified_ids = cast(list[str], d.pop("resource_unspecified_ids"))

        rule_id = d.pop("rule_id")

        trait_value = d.pop("trait_value")

        trait_value_bool = d.pop("trait_value_bool")

        trait_value_int = d.pop("trait_value_int")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_comparison_trait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comparison_trait_id = _parse_comparison_trait_id(d.pop("comparison_trait_id", UNSET))

        def _parse_condition_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_group_id = _parse_condition_group_id(d.pop("condition_group_id", UNSET))

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

        def _parse_event_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_subtype = _parse_event_subtype(d.pop("event_subtype", UNSET))

        def _parse_flag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_id = _parse_flag_id(d.pop("flag_id", UNSET))

        def _parse_metric_period(data: object) -> MetricPeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_metric_period(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricPeriod | None | Unset, data)

        metric_period = _parse_metric_period(d.pop("metric_period", UNSET))

        def _parse_metric_period_month_reset(data: object) -> MetricPeriodMonthReset | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_metric_period_month_reset(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricPeriodMonthReset | None | Unset, data)

        metric_period_month_reset = _parse_metric_period_month_reset(d.pop("metric_period_month_reset", UNSET))

        def _parse_metric_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        metric_value = _parse_metric_value(d.pop("metric_value", UNSET))

        def _parse_trait_entity_type(data: object) -> EntityType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_entity_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityType | None | Unset, data)

        trait_entity_type = _parse_trait_entity_type(d.pop("trait_entity_type", UNSET))

        def _parse_trait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trait_id = _parse_trait_id(d.pop("trait_id", UNSET))

        def _parse_trait_value_date(data: object) -> datetime.datetime | None | Unset:
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

        trait_value_date = _parse_trait_value_date(d.pop("trait_value_date", UNSET))

        condition_response_data = cls(
            account_id=account_id,
            condition_type=condition_type,
            created_at=created_at,
            environment_id=environment_id,
            id=id,
            operator=operator,
            resource_unspecified_ids=resource_unspecified_ids,
            rule_id=rule_id,
            trait_value=trait_value,
            trait_value_bool=trait_value_bool,
            trait_value_int=trait_value_int,
            updated_at=updated_at,
            comparison_trait_id=comparison_trait_id,
            condition_group_id=condition_group_id,
            consumption_rate=consumption_rate,
            credit_id=credit_id,
            event_subtype=event_subtype,
            flag_id=flag_id,
            metric_period=metric_period,
            metric_period_month_reset=metric_period_month_reset,
            metric_value=metric_value,
            trait_entity_type=trait_entity_type,
            trait_id=trait_id,
            trait_value_date=trait_value_date,
        )

        condition_response_data.additional_properties = d
        return condition_response_data

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
