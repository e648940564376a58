from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKeyRequestBody")


@_attrs_define
class CreateApiKeyRequestBody:
    """The `CreateApiKeyRequestBody` object of the API.

    Attributes:
        name (str)
        description (None | str | Unset)
        environment_id (None | str | Unset)
        rate_limit_percent (int | None | Unset)
        readonly (bool | None | Unset)
    """

    name: str

    description: None | str | Unset = UNSET

    environment_id: None | str | Unset = UNSET

    rate_limit_percent: int | None | Unset = UNSET

    readonly: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        rate_limit_percent: int | None | Unset
        if isinstance(self.rate_limit_percent, Unset):
            rate_limit_percent = UNSET
        else:
            rate_limit_percent = self.rate_limit_percent

        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if rate_limit_percent is not UNSET:
            field_dict["rate_limit_percent"] = rate_limit_percent
        if readonly is not UNSET:
            field_dict["readonly"] = readonly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.pop("environment_id", UNSET))

        def _parse_rate_limit_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_percent = _parse_rate_limit_percent(d.pop("rate_limit_percent", UNSET))

        def _parse_readonly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        readonly = _parse_readonly(d.pop("readonly", UNSET))

        create_api_key_request_body = cls(
            name=name,
            description=description,
            environment_id=environment_id,
            rate_limit_percent=rate_limit_percent,
            readonly=readonly,
        )

        create_api_key_request_body.additional_properties = d
        return create_api_key_request_body

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
