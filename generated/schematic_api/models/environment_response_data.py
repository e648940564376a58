from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_type import EnvironmentType, check_environment_type
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="EnvironmentResponseData")


@_attrs_define
class EnvironmentResponseData:
    """The `EnvironmentResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        environment_type (EnvironmentType)
        id (str)
        name (str)
        updated_at (datetime.datetime)
        require_context_signature (bool | Unset)
    """

    created_at: datetime.datetime

    environment_type: EnvironmentType

    id: str

    name: str

    updated_at: datetime.datetime

    require_context_signature: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        environment_type: str = self.environment_type

        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

        require_context_signature = self.require_context_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "environment_type": environment_type,
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if require_context_signature is not UNSET:
            field_dict["require_context_signature"] = require_context_signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        environment_type = check_environment_type(d.pop("environment_type"))

        id = d.pop("id")

        name = d.pop("name")

        updated_at = parse_datetime(d.pop("updated_at"))

        require_context_signature = d.pop("require_context_signature", UNSET)

        environment_response_data = cls(
            created_at=created_at,
            environment_type=environment_type,
            id=id,
            name=name,
            updated_at=updated_at,
            require_context_signature=require_context_signature,
        )

        environment_response_data.additional_properties = d
        return environment_response_data

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
