from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_type import RuleType, check_rule_type
from ..types import UNSET, Unset, as_model_list

if TYPE_CHECKING:
    from ..models.create_or_update_condition_group_request_body import CreateOrUpdateConditionGroupRequestBody
    from ..models.create_or_update_condition_request_body import CreateOrUpdateConditionRequestBody


T = TypeVar("T", bound="CreateOrUpdateRuleRequestBody")


def _convert_condition_groups(
    value: list[CreateOrUpdateConditionGroupRequestBody]
    | Sequence[CreateOrUpdateConditionGroupRequestBody | Mapping[str, Any]],
) -> list[CreateOrUpdateConditionGroupRequestBody]:
    return cast(
        "list[CreateOrUpdateConditionGroupRequestBody]",
        as_model_list(
            value,
            ".create_or_update_condition_group_request_body",
            "CreateOrUpdateConditionGroupRequestBody",
            __package__,
        ),
    )


def _convert_conditions(
    value: list[CreateOrUpdateConditionRequestBody] | Sequence[CreateOrUpdateConditionRequestBody | Mapping[str, Any]],
) -> list[CreateOrUpdateConditionRequestBody]:
    return cast(
        "list[CreateOrUpdateConditionRequestBody]",
        as_model_list(
            value, ".create_or_update_condition_request_body", "CreateOrUpdateConditionRequestBody", __package__
        ),
    )


@_attrs_define
class CreateOrUpdateRuleRequestBody:
    """The `CreateOrUpdateRuleRequestBody` object of the API.

    Attributes:
        condition_groups (list[CreateOrUpdateConditionGroupRequestBody])
        conditions (list[CreateOrUpdateConditionRequestBody])
        name (str)
        priority (int)
        value (bool)
        id (None | str | Unset)
        rule_type (None | RuleType | Unset)
    """

    condition_groups: list[CreateOrUpdateConditionGroupRequestBody] = _attrs_field(converter=_convert_condition_groups)

    conditions: list[CreateOrUpdateConditionRequestBody] = _attrs_field(converter=_convert_conditions)

    name: str

    priority: int

    value: bool

    id: None | str | Unset = UNSET

    rule_type: None | RuleType | Unset = UNSET

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

        name = self.name

        priority = self.priority

        value = self.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        rule_type: None | str | Unset
        if isinstance(self.rule_type, Unset):
            rule_type = UNSET
        elif isinstance(self.rule_type, str):
            rule_type = self.rule_type
        else:
            rule_type = self.rule_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition_groups": condition_groups,
                "conditions": conditions,
                "name": name,
                "priority": priority,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if rule_type is not UNSET:
            field_dict["rule_type"] = rule_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_or_update_condition_group_request_body import CreateOrUpdateConditionGroupRequestBody  # noqa: PLC0415
        from ..models.create_or_update_condition_request_body import CreateOrUpdateConditionRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        condition_groups = []
        _condition_groups = d.pop("condition_groups")
        for condition_groups_item_data in _condition_groups:
            condition_groups_item = CreateOrUpdateConditionGroupRequestBody.from_dict(condition_groups_item_data)

            condition_groups.append(condition_groups_item)

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = CreateOrUpdateConditionRequestBody.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        name = d.pop("name")

        priority = d.pop("priority")

        value = d.pop("value")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_rule_type(data: object) -> None | RuleType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_rule_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleType | Unset, data)

        rule_type = _parse_rule_type(d.pop("rule_type", UNSET))

        create_or_update_rule_request_body = cls(
            condition_groups=condition_groups,
            conditions=conditions,
            name=name,
            priority=priority,
            value=value,
            id=id,
            rule_type=rule_type,
        )

        create_or_update_rule_request_body.additional_properties = d
        return create_or_update_rule_request_body

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
