from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rulesengine_rule_type import RulesengineRuleType, check_rulesengine_rule_type
from ..types import UNSET, Unset, as_model_list

if TYPE_CHECKING:
    from ..models.rulesengine_condition import RulesengineCondition
    from ..models.rulesengine_condition_group import RulesengineConditionGroup


T = TypeVar("T", bound="RulesengineRule")


def _convert_condition_groups(
    value: list[RulesengineConditionGroup] | Sequence[RulesengineConditionGroup | Mapping[str, Any]],
) -> list[RulesengineConditionGroup]:
    return cast(
        "list[RulesengineConditionGroup]",
        as_model_list(value, ".rulesengine_condition_group", "RulesengineConditionGroup", __package__),
    )


def _convert_conditions(
    value: list[RulesengineCondition] | Sequence[RulesengineCondition | Mapping[str, Any]],
) -> list[RulesengineCondition]:
    return cast(
        "list[RulesengineCondition]",
        as_model_list(value, ".rulesengine_condition", "RulesengineCondition", __package__),
    )


@_attrs_define
class RulesengineRule:
    """The `RulesengineRule` object of the API.

    Attributes:
        account_id (str)
        condition_groups (list[RulesengineConditionGroup])
        conditions (list[RulesengineCondition])
        environment_id (str)
        id (str)
        name (str)
        priority (int)
        rule_type (RulesengineRuleType)
        value (bool)
        flag_id (None | str | Unset)
    """

    account_id: str

    condition_groups: list[RulesengineConditionGroup] = _attrs_field(converter=_convert_condition_groups)

    conditions: list[RulesengineCondition] = _attrs_field(converter=_convert_conditions)

    environment_id: str

    id: str

    name: str

    priority: int

    rule_type: RulesengineRuleType

    value: bool

    flag_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        condition_groups = []
        for condition_groups_item_data in self.condition_groups:
            condition_groups_item = condition_groups_item_data.to_dict()
            condition_groups.append(condition_groups_item)

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        environment_id = self.environment_id

        id = self.id

        name = self.name

        priority = self.priority

        rule_type: str = self.rule_type

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
                "account_id": account_id,
                "condition_groups": condition_groups,
                "conditions": conditions,
                "environment_id": environment_id,
                "id": id,
                "name": name,
                "priority": priority,
                "rule_type": rule_type,
                "value": value,
            }
        )
        if flag_id is not UNSET:
            field_dict["flag_id"] = flag_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulesengine_condition import RulesengineCondition  # noqa: PLC0415
        from ..models.rulesengine_condition_group import RulesengineConditionGroup  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        condition_groups = []
        _condition_groups = d.pop("condition_groups")
        for condition_groups_item_data in _condition_groups:
            condition_groups_item = RulesengineConditionGroup.from_dict(condition_groups_item_data)

            condition_groups.append(condition_groups_item)

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = RulesengineCondition.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        name = d.pop("name")

        priority = d.pop("priority")

        rule_type = check_rulesengine_rule_type(d.pop("rule_type"))

        value = d.pop("value")

        def _parse_flag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_id = _parse_flag_id(d.pop("flag_id", UNSET))

        rulesengine_rule = cls(
            account_id=account_id,
            condition_groups=condition_groups,
            conditions=conditions,
            environment_id=environment_id,
            id=id,
            name=name,
            priority=priority,
            rule_type=rule_type,
            value=value,
            flag_id=flag_id,
        )

        rulesengine_rule.additional_properties = d
        return rulesengine_rule

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
