from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type import EntityType, check_entity_type
from ..models.trait_type import TraitType, check_trait_type
from ..types import parse_datetime

T = TypeVar("T", bound="EntityTraitDefinitionResponseData")


@_attrs_define
class EntityTraitDefinitionResponseData:
    """The `EntityTraitDefinitionResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        display_name (str)
        entity_type (EntityType)
        hierarchy (list[str])
        id (str)
        trait_type (TraitType)
        updated_at (datetime.datetime)
    """

    created_at: datetime.datetime

    display_name: str

    entity_type: EntityType

    hierarchy: list[str]

    id: str

    trait_type: TraitType

    updated_at: datetime.datetime

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        display_name = self.display_name

        entity_type: str = self.entity_type

        hierarchy = self.hierarchy

        id = self.id

        trait_type: str = self.trait_type

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "display_name": display_name,
                "entity_type": entity_type,
                "hierarchy": hierarchy,
                "id": id,
                "trait_type": trait_type,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        display_name = d.pop("display_name")

        entity_type = check_entity_type(d.pop("entity_type"))

        hierarchy = cast(list[str], d.pop("hierarchy"))

        id = d.pop("id")

        trait_type = check_trait_type(d.pop("trait_type"))

        updated_at = parse_datetime(d.pop("updated_at"))

        entity_trait_definition_response_data = cls(
            created_at=created_at,
            display_name=display_name,
            entity_type=entity_type,
            hierarchy=hierarchy,
            id=id,
            trait_type=trait_type,
            updated_at=updated_at,
        )

        entity_trait_definition_response_data.additional_properties = d
        return entity_trait_definition_response_data

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
