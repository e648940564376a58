from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="RawEventResponseData")


@_attrs_define
class RawEventResponseData:
    """Receipt of a captured event

    Attributes:
        captured_at (datetime.datetime)
        remote_ip (str)
        user_agent (str)
        event_id (None | str | Unset)
        remote_addr (None | str | Unset)
    """

    captured_at: datetime.datetime

    remote_ip: str

    user_agent: str

    event_id: None | str | Unset = UNSET

    remote_addr: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        captured_at = self.captured_at.isoformat()

        remote_ip = self.remote_ip

        user_agent = self.user_agent

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        remote_addr: None | str | Unset
        if isinstance(self.remote_addr, Unset):
            remote_addr = UNSET
        else:
            remote_addr = self.remote_addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "captured_at": captured_at,
                "remote_ip": remote_ip,
                "user_agent": user_agent,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if remote_addr is not UNSET:
            field_dict["remote_addr"] = remote_addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        captured_at = parse_datetime(d.pop("captured_at"))

        remote_ip = d.pop("remote_ip")

        user_agent = d.pop("user_agent")

        def _parse_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        def _parse_remote_addr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_addr = _parse_remote_addr(d.pop("remote_addr", UNSET))

        raw_event_response_data = cls(
            captured_at=captured_at,
            remote_ip=remote_ip,
            user_agent=user_agent,
            event_id=event_id,
            remote_addr=remote_addr,
        )

        raw_event_response_data.additional_properties = d
        return raw_event_response_data

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
