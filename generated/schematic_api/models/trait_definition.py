from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type import EntityType, check_entity_type
from ..models.trait_definition_comparable_type import (
    TraitDefinitionComparableType,
    check_trait_definition_comparable_type,
)

T = TypeVar("T", bound="TraitDefinition")


@_attrs_define
class TraitDefinition:
    """The `TraitDefinition` object of the API.

    Attributes:
        comparable_type (TraitDefinitionComparableType)
        entity_type (EntityType)
        id (str)
    """

    comparable_type: TraitDefinitionComparableType

    entity_type: EntityType

    id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comparable_type: str = self.comparable_type

        entity_type: str = self.entity_type

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comparable_type": comparable_type,
                "entity_type": entity_type,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comparable_type = check_trait_definition_comparable_type(d.pop("comparable_type"))

        entity_type = check_entity_type(d.pop("entity_type"))

        id = d.pop("id")

        trait_definition = cls(
            comparable_type=comparable_type,
            entity_type=entity_type,
            id=id,
        )

        trait_definition.additional_properties = d
        return trait_definition

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
