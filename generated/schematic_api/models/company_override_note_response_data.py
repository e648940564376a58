from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="CompanyOverrideNoteResponseData")


@_attrs_define
class CompanyOverrideNoteResponseData:
    """The `CompanyOverrideNoteResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        external_user_id (str)
        external_user_name (str)
        id (str)
        note (str)
        updated_at (datetime.datetime)
    """

    created_at: datetime.datetime

    external_user_id: str

    external_user_name: str

    id: str

    note: str

    updated_at: datetime.datetime

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        external_user_id = self.external_user_id

        external_user_name = self.external_user_name

        id = self.id

        note = self.note

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "external_user_id": external_user_id,
                "external_user_name": external_user_name,
                "id": id,
                "note": note,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        external_user_id = d.pop("external_user_id")

        external_user_name = d.pop("external_user_name")

        id = d.pop("id")

        note = d.pop("note")

        updated_at = parse_datetime(d.pop("updated_at"))

        company_override_note_response_data = cls(
            created_at=created_at,
            external_user_id=external_user_id,
            external_user_name=external_user_name,
            id=id,
            note=note,
            updated_at=updated_at,
        )

        company_override_note_response_data.additional_properties = d
        return company_override_note_response_data

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
