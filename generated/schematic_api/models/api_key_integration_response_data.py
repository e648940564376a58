from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_state import IntegrationState, check_integration_state
from ..models.integration_type import IntegrationType, check_integration_type

T = TypeVar("T", bound="ApiKeyIntegrationResponseData")


@_attrs_define
class ApiKeyIntegrationResponseData:
    """The `ApiKeyIntegrationResponseData` object of the API.

    Attributes:
        id (str)
        state (IntegrationState)
        type_ (IntegrationType)
    """

    id: str

    state: IntegrationState

    type_: IntegrationType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state: str = self.state

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        state = check_integration_state(d.pop("state"))

        type_ = check_integration_type(d.pop("type"))

        api_key_integration_response_data = cls(
            id=id,
            state=state,
            type_=type_,
        )

        api_key_integration_response_data.additional_properties = d
        return api_key_integration_response_data

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
