from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_type import RuleType, check_rule_type
from ..types import UNSET, Unset, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.rule_condition_detail_response_data import RuleConditionDetailResponseData
    from ..models.rule_condition_group_detail_response_data import RuleConditionGroupDetailResponseData


T = TypeVar("T", bound="RuleDetailResponseData")


def _convert_condition_groups(
    value: list[RuleConditionGroupDetailResponseData]
    | Sequence[RuleConditionGroupDetailResponseData | Mapping[str, Any]],
) -> list[RuleConditionGroupDetailResponseData]:
    return cast(
        "list[RuleConditionGroupDetailResponseData]",
        as_model_list(
            value, ".rule_condition_group_detail_response_data", "RuleConditionGroupDetailResponseData", __package__
        ),
    )


def _convert_conditions(
    value: list[RuleConditionDetailResponseData] | Sequence[RuleConditionDetailResponseData | Mapping[str, Any]],
) -> list[RuleConditionDetailResponseData]:
    return cast(
        "list[RuleConditionDetailResponseData]",
        as_model_list(value, ".rule_condition_detail_response_data", "RuleConditionDetailResponseData", __package__),
    )


@_attrs_define
class RuleDetailResponseData:
    """A flag rule with its conditions

    Attributes:
        condition_groups (list[RuleConditionGroupDetailResponseData])
        conditions (list[RuleConditionDetailResponseData])
        created_at (datetime.datetime)
        environment_id (str)
        id (str)
        name (str)
        priority (int)
        rule_type (RuleType)
        updated_at (datetime.datetime)
        value (bool)
        flag_id (None | str | Unset)
    """

    condition_groups: list[RuleConditionGroupDetailResponseData] = _attrs_field(converter=_convert_condition_groups)

    conditions: list[RuleConditionDetailResponseData] = _attrs_field(converter=_convert_conditions)

    created_at: datetime.datetime

    environment_id: str

    id: str

    name: str

    priority: int

    rule_type: RuleType

    updated_at: datetime.datetime

    value: bool

    flag_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_groups = []
        for condition_groups_item_data in self.condition_groups:
            condition_groups_item = condition_groups_item_data.to_dict()
            condition_groups.append(condition_groups_item)

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        id = self.id

        name = self.name

        priority = self.priority

        rule_type: str = self.rule_type

        updated_at = self.updated_at.isoformat()

        value = self.value

        flag_id: None | str | Unset
        if isinstance(self.flag_id, Unset):
            flag_id = UNSET
        else:
            flag_id = self.flag_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition_groups": condition_groups,
                "conditions": conditions,
                "created_at": created_at,
                "environment_id": environment_id,
                "id": id,
                "name": name,
                "priority": priority,
                "rule_type": rule_type,
                "updated_at": updated_at,
                "value": value,
            }
        )
        if flag_id is not UNSET:
            field_dict["flag_id"] = flag_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_condition_detail_response_data import RuleConditionDetailResponseData  # noqa: PLC0415
        from ..models.rule_condition_group_detail_response_data import RuleConditionGroupDetailResponseData  # noqa: PLC0415

        d = dict(src_dict)
        condition_groups = []
        _condition_groups = d.pop("condition_groups")
        for condition_groups_item_data in _condition_groups:
            condition_groups_item = RuleConditionGroupDetailResponseData.from_dict(condition_groups_item_data)

            condition_groups.append(condition_groups_item)

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = RuleConditionDetailResponseData.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        created_at = parse_datetime(d.pop("created_at"))

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        name = d.pop("name")

        priority = d.pop("priority")

        rule_type = check_rule_type(d.pop("rule_type"))

        updated_at = parse_datetime(d.pop("updated_at"))

        value = d.pop("value")

        def _parse_flag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_id = _parse_flag_id(d.pop("flag_id", UNSET))

        rule_detail_response_data = cls(
            condition_groups=condition_groups,
            conditions=conditions,
            created_at=created_at,
            environment_id=environment_id,
            id=id,
            name=name,
            priority=priority,
            rule_type=rule_type,
            updated_at=updated_at,
            value=value,
            flag_id=flag_id,
        )

        rule_detail_response_data.additional_properties = d
        return rule_detail_response_data

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
