from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.rulesengine_condition import RulesengineCondition


T = TypeVar("T", bound="RulesengineConditionGroup")


def _convert_conditions(
    value: list[RulesengineCondition] | Sequence[RulesengineCondition | Mapping[str, Any]],
) -> list[RulesengineCondition]:
    return cast(
        "list[RulesengineCondition]",
        as_model_list(value, ".rulesengine_condition", "RulesengineCondition", __package__),
    )


@_attrs_define
class RulesengineConditionGroup:
    """The `RulesengineConditionGroup` object of the API.

    Attributes:
        conditions (list[RulesengineCondition])
    """

    conditions: list[RulesengineCondition] = _attrs_field(converter=_convert_conditions)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditions": conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulesengine_condition import RulesengineCondition  # noqa: PLC0415

        d = dict(src_dict)
        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = RulesengineCondition.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        rulesengine_condition_group = cls(
            conditions=conditions,
        )

        rulesengine_condition_group.additional_properties = d
        return rulesengine_condition_group

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
