from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListApiKeysParams")


@_attrs_define
class ListApiKeysParams:
    """The parameters listApiKeys was called with

    Attributes:
        environment_id (str | Unset)
        limit (int | Unset)
        offset (int | Unset)
        require_environment (bool | Unset)
    """

    environment_id: str | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    require_environment: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        limit = self.limit

        offset = self.offset

        require_environment = self.require_environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if require_environment is not UNSET:
            field_dict["require_environment"] = require_environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment_id = d.pop("environment_id", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        require_environment = d.pop("require_environment", UNSET)

        list_api_keys_params = cls(
            environment_id=environment_id,
            limit=limit,
            offset=offset,
            require_environment=require_environment,
        )

        list_api_keys_params.additional_properties = d
        return list_api_keys_params

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
