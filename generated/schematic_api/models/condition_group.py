from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.condition import Condition


T = TypeVar("T", bound="ConditionGroup")


def _convert_conditions(
    value: list[Condition] | Unset | Sequence[Condition | Mapping[str, Any]],
) -> list[Condition] | Unset:
    return cast("list[Condition] | Unset", as_model_list(value, ".condition", "Condition", __package__))


@_attrs_define
class ConditionGroup:
    """A group of conditions, OR'd together (as embedded in Rule)

    Attributes:
        id (str)
        conditions (list[Condition] | Unset)
        created_at (datetime.datetime | Unset)
        environment_id (str | Unset)
        flag_id (None | str | Unset)
        rule_id (str | Unset)
        updated_at (datetime.datetime | Unset)
    """

    id: str

    conditions: list[Condition] | Unset = _attrs_field(default=UNSET, converter=_convert_conditions)

    created_at: datetime.datetime | Unset = UNSET

    environment_id: str | Unset = UNSET

    flag_id: None | str | Unset = UNSET

    rule_id: str | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        flag_id: None | str | Unset
        if isinstance(self.flag_id, Unset):
            flag_id = UNSET
        else:
            flag_id = self.flag_id

        rule_id = self.rule_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if flag_id is not UNSET:
            field_dict["flag_id"] = flag_id
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition import Condition  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _conditions = d.pop("conditions", UNSET)
        conditions: list[Condition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = Condition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        environment_id = d.pop("environment_id", UNSET)

        def _parse_flag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_id = _parse_flag_id(d.pop("flag_id", UNSET))

        rule_id = d.pop("rule_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        condition_group = cls(
            id=id,
            conditions=conditions,
            created_at=created_at,
            environment_id=environment_id,
            flag_id=flag_id,
            rule_id=rule_id,
            updated_at=updated_at,
        )

        condition_group.additional_properties = d
        return condition_group

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
