from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CaptureRawEvent")


@_attrs_define
class CaptureRawEvent:
    """The `CaptureRawEvent` object of the API.

    Attributes:
        captured_at (datetime.datetime)
        raw_bytes (str)
        remote_ip (str)
        user_agent (str)
        event_id (None | str | Unset)
    """

    captured_at: datetime.datetime

    raw_bytes: str

    remote_ip: str

    user_agent: str

    event_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        captured_at = self.captured_at.isoformat()

        raw_bytes = self.raw_bytes

        remote_ip = self.remote_ip

        user_agent = self.user_agent

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "captured_at": captured_at,
                "raw_bytes": raw_bytes,
                "remote_ip": remote_ip,
                "user_agent": user_agent,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        captured_at = parse_datetime(d.pop("captured_at"))

        raw_bytes = d.pop("raw_bytes")

        remote_ip = d.pop("remote_ip")

        user_agent = d.pop("user_agent")

        def _parse_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        capture_raw_event = cls(
            captured_at=captured_at,
            raw_bytes=raw_bytes,
            remote_ip=remote_ip,
            user_agent=user_agent,
            event_id=event_id,
        )

        capture_raw_event.additional_properties = d
        return capture_raw_event

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
