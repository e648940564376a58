from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type import EntityType, check_entity_type
from ..models.trait_type import TraitType, check_trait_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEntityTraitDefinitionRequestBody")


@_attrs_define
class CreateEntityTraitDefinitionRequestBody:
    """The `CreateEntityTraitDefinitionRequestBody` object of the API.

    Attributes:
        entity_type (EntityType)
        hierarchy (list[str])
        trait_type (TraitType)
        display_name (None | str | Unset)
    """

    entity_type: EntityType

    hierarchy: list[str]

    trait_type: TraitType

    display_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type: str = self.entity_type

        hierarchy = self.hierarchy

        trait_type: str = self.trait_type

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_type": entity_type,
                "hierarchy": hierarchy,
                "trait_type": trait_type,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_type = check_entity_type(d.pop("entity_type"))

        hierarchy = cast(list[str], d.pop("hierarchy"))

        trait_type = check_trait_type(d.pop("trait_type"))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        create_entity_trait_definition_request_body = cls(
            entity_type=entity_type,
            hierarchy=hierarchy,
            trait_type=trait_type,
            display_name=display_name,
        )

        create_entity_trait_definition_request_body.additional_properties = d
        return create_entity_trait_definition_request_body

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
