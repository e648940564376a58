from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type import EntityType, check_entity_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountEntityKeyDefinitionsParams")


@_attrs_define
class CountEntityKeyDefinitionsParams:
    """The parameters countEntityKeyDefinitions was called with

    Attributes:
        entity_type (EntityType | Unset)
        ids (list[str] | Unset)
        limit (int | Unset)
        offset (int | Unset)
        q (str | Unset)
    """

    entity_type: EntityType | Unset = UNSET

    ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    q: str | Unset = UNSET

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

        count_entity_key_definitions_params = cls(
            entity_type=entity_type,
            ids=ids,
            limit=limit,
            offset=offset,
            q=q,
        )

        count_entity_key_definitions_params.additional_properties = d
        return count_entity_key_definitions_params

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
