from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparable_operator import ComparableOperator, check_comparable_operator
from ..models.condition_type import ConditionType, check_condition_type
from ..models.metric_period import MetricPeriod, check_metric_period
from ..models.metric_period_month_reset import MetricPeriodMonthReset, check_metric_period_month_reset
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.trait_definition import TraitDefinition


T = TypeVar("T", bound="Condition")


def _convert_comparison_trait_definition(value: TraitDefinition | Unset | Mapping[str, Any]) -> TraitDefinition | Unset:
    return cast("TraitDefinition | Unset", as_model(value, ".trait_definition", "TraitDefinition", __package__))


def _convert_trait_definition(value: TraitDefinition | Unset | Mapping[str, Any]) -> TraitDefinition | Unset:
    return cast("TraitDefinition | Unset", as_model(value, ".trait_definition", "TraitDefinition", __package__))


@_attrs_define
class Condition:
    """A rule condition (as embedded in Rule)

    Attributes:
        account_id (str)
        condition_type (ConditionType)
        environment_id (str)
        id (str)
        operator (ComparableOperator)
        resource_ids (list[str])
        trait_value (str)
        comparison_trait_definition (TraitDefinition | Unset)
        consumption_rate (float | None | Unset)
        credit_id (None | str | Unset)
        event_subtype (None | str | Unset)
        metric_period (MetricPeriod | None | Unset)
        metric_period_month_reset (MetricPeriodMonthReset | None | Unset)
        metric_value (int | None | Unset)
        trait_definition (TraitDefinition | Unset)
    """

    account_id: str

    condition_type: ConditionType

    environment_id: str

    id: str

    operator: ComparableOperator

    resource_ids: list[str]

    trait_value: str

    comparison_trait_definition: TraitDefinition | Unset = _attrs_field(
        default=UNSET, converter=_convert_comparison_trait_definition
    )

    consumption_rate: float | None | Unset = UNSET

    credit_id: None | str | Unset = UNSET

    event_subtype: None | str | Unset = UNSET

    metric_period: MetricPeriod | None | Unset = UNSET

    metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET

    metric_value: int | None | Unset = UNSET

    trait_definition: TraitDefinition | Unset = _attrs_field(default=UNSET, converter=_convert_trait_definition)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        condition_type: str = self.condition_type

        environment_id = self.environment_id

        id = self.id

        operator: str = self.operator

        resource_ids = self.resource_ids

        trait_value = self.trait_value

        comparison_trait_definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comparison_trait_definition, Unset):
            comparison_trait_definition = self.comparison_trait_definition.to_dict()

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

        trait_definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trait_definition, Unset):
            trait_definition = self.trait_definition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "condition_type": condition_type,
                "environment_id": environment_id,
                "id": id,
                "operator": operator,
                "resource_ids": resource_ids,
                "trait_value": trait_value,
            }
        )
        if comparison_trait_definition is not UNSET:
            field_dict["comparison_trait_definition"] = comparison_trait_definition
        if consumption_rate is not UNSET:
            field_dict["consumption_rate"] = consumption_rate
        if credit_id is not UNSET:
            field_dict["credit_id"] = credit_id
        if event_subtype is not UNSET:
            field_dict["event_subtype"] = event_subtype
        if metric_period is not UNSET:
            field_dict["metric_period"] = metric_period
        if metric_period_month_reset is not UNSET:
            field_dict["metric_period_month_reset"] = metric_period_month_reset
        if metric_value is not UNSET:
            field_dict["metric_value"] = metric_value
        if trait_definition is not UNSET:
            field_dict["trait_definition"] = trait_definition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trait_definition import TraitDefinition  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        condition_type = check_condition_type(d.pop("condition_type"))

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        operator = check_comparable_operator(d.pop("operator"))

        resource_ids = cast(list[str], d.pop("resource_ids"))

        trait_value = d.pop("trait_value")

        _comparison_trait_definition = d.pop("comparison_trait_definition", UNSET)
        comparison_trait_definition: TraitDefinition | Unset
        if isinstance(_comparison_trait_definition, Unset):
            comparison_trait_definition = UNSET
        else:
            comparison_trait_definition = TraitDefinition.from_dict(_comparison_trait_definition)

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

        _trait_definition = d.pop("trait_definition", UNSET)
        trait_definition: TraitDefinition | Unset
        if isinstance(_trait_definition, Unset):
            trait_definition = UNSET
        else:
            trait_definition = TraitDefinition.from_dict(_trait_definition)

        condition = cls(
            account_id=account_id,
            condition_type=condition_type,
            environment_id=environment_id,
            id=id,
            operator=operator,
            resource_ids=resource_ids,
            trait_value=trait_value,
            comparison_trait_definition=comparison_trait_definition,
            consumption_rate=consumption_rate,
            credit_id=credit_id,
            event_subtype=event_subtype,
            metric_period=metric_period,
            metric_period_month_reset=metric_period_month_reset,
            metric_value=metric_value,
            trait_definition=trait_definition,
        )

        condition.additional_properties = d
        return condition

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
