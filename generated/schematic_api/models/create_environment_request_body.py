from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_type import EnvironmentType, check_environment_type

T = TypeVar("T", bound="CreateEnvironmentRequestBody")


@_attrs_define
class CreateEnvironmentRequestBody:
    """The `CreateEnvironmentRequestBody` object of the API.

    Attributes:
        environment_type (EnvironmentType)
        name (str)
    """

    environment_type: EnvironmentType

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_type: str = self.environment_type

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment_type": environment_type,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment_type = check_environment_type(d.pop("environment_type"))

        name = d.pop("name")

        create_environment_request_body = cls(
            environment_type=environment_type,
            name=name,
        )

        create_environment_request_body.additional_properties = d
        return create_environment_request_body

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
