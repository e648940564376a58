from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeterRequestBody")


@_attrs_define
class MeterRequestBody:
    """The `MeterRequestBody` object of the API.

    Attributes:
        display_name (str)
        event_name (str)
        event_payload_key (str)
    """

    display_name: str

    event_name: str

    event_payload_key: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        event_name = self.event_name

        event_payload_key = self.event_payload_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "event_name": event_name,
                "event_payload_key": event_payload_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        event_name = d.pop("event_name")

        event_payload_key = d.pop("event_payload_key")

        meter_request_body = cls(
            display_name=display_name,
            event_name=event_name,
            event_payload_key=event_payload_key,
        )

        meter_request_body.additional_properties = d
        return meter_request_body

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
