from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type import EntityType, check_entity_type
from ..models.trait_type import TraitType, check_trait_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountEntityTraitDefinitionsParams")


@_attrs_define
class CountEntityTraitDefinitionsParams:
    """The parameters countEntityTraitDefinitions was called with

    Attributes:
        entity_type (EntityType | Unset)
        ids (list[str] | Unset)
        limit (int | Unset)
        offset (int | Unset)
        q (str | Unset)
        trait_type (TraitType | Unset)
        trait_types (list[TraitType] | Unset)
    """

    entity_type: EntityType | Unset = UNSET

    ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    q: str | Unset = UNSET

    trait_type: TraitType | Unset = UNSET

    trait_types: list[TraitType] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        limit = self.limit

        offset = self.offset

        q = self.q

        trait_type: str | Unset = UNSET
        if not isinstance(self.trait_type, Unset):
            trait_type = self.trait_type

        trait_types: list[str] | Unset = UNSET
        if not isinstance(self.trait_types, Unset):
            trait_types = []
            for trait_types_item_data in self.trait_types:
                trait_types_item: str = trait_types_item_data
                trait_types.append(trait_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if ids is not UNSET:
            field_dict["ids"] = ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if q is not UNSET:
            field_dict["q"] = q
        if trait_type is not UNSET:
            field_dict["trait_type"] = trait_type
        if trait_types is not UNSET:
            field_dict["trait_types"] = trait_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _entity_type = d.pop("entity_type", UNSET)
        entity_type: EntityType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = check_entity_type(_entity_type)

        ids = cast(list[str], d.pop("ids", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        q = d.pop("q", UNSET)

        _trait_type = d.pop("trait_type", UNSET)
        trait_type: TraitType | Unset
        if isinstance(_trait_type, Unset):
            trait_type = UNSET
        else:
            trait_type = check_trait_type(_trait_type)

        _trait_types = d.pop("trait_types", UNSET)
        trait_types: list[TraitType] | Unset = UNSET
        if _trait_types is not UNSET:
            trait_types = []
            for trait_types_item_data in _trait_types:
                trait_types_item = check_trait_type(trait_types_item_data)

                trait_types.append(trait_types_item)

        count_entity_trait_definitions_params = cls(
            entity_type=entity_type,
            ids=ids,
            limit=limit,
            offset=offset,
            q=q,
            trait_type=trait_type,
            trait_types=trait_types,
        )

        count_entity_trait_definitions_params.additional_properties = d
        return count_entity_trait_definitions_params

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
