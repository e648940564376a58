from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="CompanyMembershipResponseData")


@_attrs_define
class CompanyMembershipResponseData:
    """The `CompanyMembershipResponseData` object of the API.

    Attributes:
        company_id (str)
        created_at (datetime.datetime)
        id (str)
        updated_at (datetime.datetime)
        user_id (str)
    """

    company_id: str

    created_at: datetime.datetime

    id: str

    updated_at: datetime.datetime

    user_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        created_at = self.created_at.isoformat()

        id = self.id

        updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "created_at": created_at,
                "id": id,
                "updated_at": updated_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        updated_at = parse_datetime(d.pop("updated_at"))

        user_id = d.pop("user_id")

        company_membership_response_data = cls(
            company_id=company_id,
            created_at=created_at,
            id=id,
            updated_at=updated_at,
            user_id=user_id,
        )

        company_membership_response_data.additional_properties = d
        return company_membership_response_data

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
