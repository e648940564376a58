from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.temporary_access_token_resource_type import (
    TemporaryAccessTokenResourceType,
    check_temporary_access_token_resource_type,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="TemporaryAccessTokenResponseData")


@_attrs_define
class TemporaryAccessTokenResponseData:
    """The `TemporaryAccessTokenResponseData` object of the API.

    Attributes:
        api_key_id (str)
        created_at (datetime.datetime)
        environment_id (str)
        expired_at (datetime.datetime)
        id (str)
        resource_type (TemporaryAccessTokenResourceType)
        updated_at (datetime.datetime)
        issuer_type (str | Unset): api_key or pricing_roadmap
    """

    api_key_id: str

    created_at: datetime.datetime

    environment_id: str

    expired_at: datetime.datetime

    id: str

    resource_type: TemporaryAccessTokenResourceType

    updated_at: datetime.datetime

    issuer_type: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        expired_at = self.expired_at.isoformat()

        id = self.id

        resource_type: str = self.resource_type

        updated_at = self.updated_at.isoformat()

        issuer_type = self.issuer_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_id": api_key_id,
                "created_at": created_at,
                "environment_id": environment_id,
                "expired_at": expired_at,
                "id": id,
                "resource_type": resource_type,
                "updated_at": updated_at,
            }
        )
        if issuer_type is not UNSET:
            field_dict["issuer_type"] = issuer_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id")

        created_at = parse_datetime(d.pop("created_at"))

        environment_id = d.pop("environment_id")

        expired_at = parse_datetime(d.pop("expired_at"))

        id = d.pop("id")

        resource_type = check_temporary_access_token_resource_type(d.pop("resource_type"))

        updated_at = parse_datetime(d.pop("updated_at"))

        issuer_type = d.pop("issuer_type", UNSET)

        temporary_access_token_response_data = cls(
            api_key_id=api_key_id,
            created_at=created_at,
            environment_id=environment_id,
            expired_at=expired_at,
            id=id,
            resource_type=resource_type,
            updated_at=updated_at,
            issuer_type=issuer_type,
        )

        temporary_access_token_response_data.additional_properties = d
        return temporary_access_token_response_data

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
