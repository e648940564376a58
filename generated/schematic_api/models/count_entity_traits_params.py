from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type import EntityType, check_entity_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountEntityTraitsParams")


@_attrs_define
class CountEntityTraitsParams:
    """The parameters countEntityTraits was called with

    Attributes:
        definition_id (str | Unset)
        entity_type (EntityType | Unset)
        limit (int | Unset)
        offset (int | Unset)
    """

    definition_id: str | Unset = UNSET

    entity_type: EntityType | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition_id = self.definition_id

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if definition_id is not UNSET:
            field_dict["definition_id"] = definition_id
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definition_id = d.pop("definition_id", UNSET)

        _entity_type = d.pop("entity_type", UNSET)
        entity_type: EntityType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = check_entity_type(_entity_type)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        count_entity_traits_params = cls(
            definition_id=definition_id,
            entity_type=entity_type,
            limit=limit,
            offset=offset,
        )

        count_entity_traits_params.additional_properties = d
        return count_entity_traits_params

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
