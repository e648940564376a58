from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_type import EnvironmentType, check_environment_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEnvironmentRequestBody")


@_attrs_define
class UpdateEnvironmentRequestBody:
    """The `UpdateEnvironmentRequestBody` object of the API.

    Attributes:
        environment_type (EnvironmentType | None | Unset)
        name (None | str | Unset)
    """

    environment_type: EnvironmentType | None | Unset = UNSET

    name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_type: None | str | Unset
        if isinstance(self.environment_type, Unset):
            environment_type = UNSET
        elif isinstance(self.environment_type, str):
            environment_type = self.environment_type
        else:
            environment_type = self.environment_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment_type is not UNSET:
            field_dict["environment_type"] = environment_type
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_environment_type(data: object) -> EnvironmentType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_environment_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvironmentType | None | Unset, data)

        environment_type = _parse_environment_type(d.pop("environment_type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        update_environment_request_body = cls(
            environment_type=environment_type,
            name=name,
        )

        update_environment_request_body.additional_properties = d
        return update_environment_request_body

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
