from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_type import RuleType, check_rule_type
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="RuleResponseData")


@_attrs_define
class RuleResponseData:
    """The `RuleResponseData` object of the API.

    Attributes:
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
        d = dict(src_dict)
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

        rule_response_data = cls(
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

        rule_response_data.additional_properties = d
        return rule_response_data

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
