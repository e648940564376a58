from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateApiKeyRequestBody")


@_attrs_define
class UpdateApiKeyRequestBody:
    """The `UpdateApiKeyRequestBody` object of the API.

    Attributes:
        description (None | str | Unset)
        name (None | str | Unset)
        rate_limit_percent (int | None | Unset)
    """

    description: None | str | Unset = UNSET

    name: None | str | Unset = UNSET

    rate_limit_percent: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rate_limit_percent: int | None | Unset
        if isinstance(self.rate_limit_percent, Unset):
            rate_limit_percent = UNSET
        else:
            rate_limit_percent = self.rate_limit_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if rate_limit_percent is not UNSET:
            field_dict["rate_limit_percent"] = rate_limit_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_rate_limit_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_percent = _parse_rate_limit_percent(d.pop("rate_limit_percent", UNSET))

        update_api_key_request_body = cls(
            description=description,
            name=name,
            rate_limit_percent=rate_limit_percent,
        )

        update_api_key_request_body.additional_properties = d
        return update_api_key_request_body

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
