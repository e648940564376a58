from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.create_or_update_condition_group_request_body import CreateOrUpdateConditionGroupRequestBody
    from ..models.create_or_update_condition_request_body import CreateOrUpdateConditionRequestBody


T = TypeVar("T", bound="UpdateRuleRequestBody")


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
class UpdateRuleRequestBody:
    """The `UpdateRuleRequestBody` object of the API.

    Attributes:
        condition_groups (list[CreateOrUpdateConditionGroupRequestBody])
        conditions (list[CreateOrUpdateConditionRequestBody])
        name (str)
        priority (int)
        value (bool)
    """

    condition_groups: list[CreateOrUpdateConditionGroupRequestBody] = _attrs_field(converter=_convert_condition_groups)

    conditions: list[CreateOrUpdateConditionRequestBody] = _attrs_field(converter=_convert_conditions)

    name: str

    priority: int

    value: bool

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

        update_rule_request_body = cls(
            condition_groups=condition_groups,
            conditions=conditions,
            name=name,
            priority=priority,
            value=value,
        )

        update_rule_request_body.additional_properties = d
        return update_rule_request_body

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
