from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="EntityTraitResponseData")


@_attrs_define
class EntityTraitResponseData:
    """The `EntityTraitResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        definition_id (str)
        environment_id (str)
        id (str)
        updated_at (datetime.datetime)
        value (str)
    """

    created_at: datetime.datetime

    definition_id: str

    environment_id: str

    id: str

    updated_at: datetime.datetime

    value: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        definition_id = self.definition_id

        environment_id = self.environment_id

        id = self.id

        updated_at = self.updated_at.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "definition_id": definition_id,
                "environment_id": environment_id,
                "id": id,
                "updated_at": updated_at,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        definition_id = d.pop("definition_id")

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        updated_at = parse_datetime(d.pop("updated_at"))

        value = d.pop("value")

        entity_trait_response_data = cls(
            created_at=created_at,
            definition_id=definition_id,
            environment_id=environment_id,
            id=id,
            updated_at=updated_at,
            value=value,
        )

        entity_trait_response_data.additional_properties = d
        return entity_trait_response_data

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
