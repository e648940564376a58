from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="ActivityEntryResponseData")


@_attrs_define
class ActivityEntryResponseData:
    """The `ActivityEntryResponseData` object of the API.

    Attributes:
        actor_name (str)
        method (str)
        resource_name (str)
        resource_type (str)
        timestamp (datetime.datetime)
        title (str)
    """

    actor_name: str

    method: str

    resource_name: str

    resource_type: str

    timestamp: datetime.datetime

    title: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_name = self.actor_name

        method = self.method

        resource_name = self.resource_name

        resource_type = self.resource_type

        timestamp = self.timestamp.isoformat()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor_name": actor_name,
                "method": method,
                "resource_name": resource_name,
                "resource_type": resource_type,
                "timestamp": timestamp,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actor_name = d.pop("actor_name")

        method = d.pop("method")

        resource_name = d.pop("resource_name")

        resource_type = d.pop("resource_type")

        timestamp = parse_datetime(d.pop("timestamp"))

        title = d.pop("title")

        activity_entry_response_data = cls(
            actor_name=actor_name,
            method=method,
            resource_name=resource_name,
            resource_type=resource_type,
            timestamp=timestamp,
            title=title,
        )

        activity_entry_response_data.additional_properties = d
        return activity_entry_response_data

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
