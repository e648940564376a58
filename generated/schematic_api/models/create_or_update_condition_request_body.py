from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparable_operator import ComparableOperator, check_comparable_operator
from ..models.condition_type import ConditionType, check_condition_type
from ..models.metric_period import MetricPeriod, check_metric_period
from ..models.metric_period_month_reset import MetricPeriodMonthReset, check_metric_period_month_reset
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrUpdateConditionRequestBody")


@_attrs_define
class CreateOrUpdateConditionRequestBody:
    """The `CreateOrUpdateConditionRequestBody` object of the API.

    Attributes:
        condition_type (ConditionType)
        operator (ComparableOperator)
        resource_ids (list[str])
        comparison_trait_id (None | str | Unset)
        credit_cost (float | None | Unset)
        credit_id (None | str | Unset)
        event_subtype (None | str | Unset)
        id (None | str | Unset)
        metric_period (MetricPeriod | None | Unset)
        metric_period_month_reset (MetricPeriodMonthReset | None | Unset)
        metric_value (int | None | Unset)
        trait_id (None | str | Unset)
        trait_value (None | str | Unset)
    """

    condition_type: ConditionType

    operator: ComparableOperator

    resource_ids: list[str]

    comparison_trait_id: None | str | Unset = UNSET

    credit_cost: float | None | Unset = UNSET

    credit_id: None | str | Unset = UNSET

    event_subtype: None | str | Unset = UNSET

    id: None | str | Unset = UNSET

    metric_period: MetricPeriod | None | Unset = UNSET

    metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET

    metric_value: int | None | Unset = UNSET

    trait_id: None | str | Unset = UNSET

    trait_value: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_type: str = self.condition_type

        operator: str = self.operator

        resource_ids = self.resource_ids

        comparison_trait_id: None | str | Unset
        if isinstance(self.comparison_trait_id, Unset):
            comparison_trait_id = UNSET
        else:
            comparison_trait_id = self.comparison_trait_id

        credit_cost: float | None | Unset
        if isinstance(self.credit_cost, Unset):
            credit_cost = UNSET
        else:
            credit_cost = self.credit_cost

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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        trait_id: None | str | Unset
        if isinstance(self.trait_id, Unset):
            trait_id = UNSET
        else:
            trait_id = self.trait_id

        trait_value: None | str | Unset
        if isinstance(self.trait_value, Unset):
            trait_value = UNSET
        else:
            trait_value = self.trait_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition_type": condition_type,
                "operator": operator,
                "resource_ids": resource_ids,
            }
        )
        if comparison_trait_id is not UNSET:
            field_dict["comparison_trait_id"] = comparison_trait_id
        if credit_cost is not UNSET:
            field_dict["credit_cost"] = credit_cost
        if credit_id is not UNSET:
            field_dict["credit_id"] = credit_id
        if event_subtype is not UNSET:
            field_dict["event_subtype"] = event_subtype
        if id is not UNSET:
            field_dict["id"] = id
        if metric_period is not UNSET:
            field_dict["metric_period"] = metric_period
        if metric_period_month_reset is not UNSET:
            field_dict["metric_period_month_reset"] = metric_period_month_reset
        if metric_value is not UNSET:
            field_dict["metric_value"] = metric_value
        if trait_id is not UNSET:
            field_dict["trait_id"] = trait_id
        if trait_value is not UNSET:
            field_dict["trait_value"] = trait_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition_type = check_condition_type(d.pop("condition_type"))

        operator = check_comparable_operator(d.pop("operator"))

        resource_ids = cast(list[str], d.pop("resource_ids"))

        def _parse_comparison_trait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comparison_trait_id = _parse_comparison_trait_id(d.pop("comparison_trait_id", UNSET))

        def _parse_credit_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_cost = _parse_credit_cost(d.pop("credit_cost", UNSET))

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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_trait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trait_id = _parse_trait_id(d.pop("trait_id", UNSET))

        def _parse_trait_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trait_value = _parse_trait_value(d.pop("trait_value", UNSET))

        create_or_update_condition_request_body = cls(
            condition_type=condition_type,
            operator=operator,
            resource_ids=resource_ids,
            comparison_trait_id=comparison_trait_id,
            credit_cost=credit_cost,
            credit_id=credit_id,
            event_subtype=event_subtype,
            id=id,
            metric_period=metric_period,
            metric_period_month_reset=metric_period_month_reset,
            metric_value=metric_value,
            trait_id=trait_id,
            trait_value=trait_value,
        )

        create_or_update_condition_request_body.additional_properties = d
        return create_or_update_condition_request_body

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
