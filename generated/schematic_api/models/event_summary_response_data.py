from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="EventSummaryResponseData")


@_attrs_define
class EventSummaryResponseData:
    """The `EventSummaryResponseData` object of the API.

    Attributes:
        company_count (int)
        environment_id (str)
        event_count (int)
        event_subtype (str)
        user_count (int)
        last_seen_at (datetime.datetime | None | Unset)
    """

    company_count: int

    environment_id: str

    event_count: int

    event_subtype: str

    user_count: int

    last_seen_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_count = self.company_count

        environment_id = self.environment_id

        event_count = self.event_count

        event_subtype = self.event_subtype

        user_count = self.user_count

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_count": company_count,
                "environment_id": environment_id,
                "event_count": event_count,
                "event_subtype": event_subtype,
                "user_count": user_count,
            }
        )
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_count = d.pop("company_count")

        environment_id = d.pop("environment_id")

        event_count = d.pop("event_count")

        event_subtype = d.pop("event_subtype")

        user_count = d.pop("user_count")

        def _parse_last_seen_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at", UNSET))

        event_summary_response_data = cls(
            company_count=company_count,
            environment_id=environment_id,
            event_count=event_count,
            event_subtype=event_subtype,
            user_count=user_count,
            last_seen_at=last_seen_at,
        )

        event_summary_response_data.additional_properties = d
        return event_summary_response_data

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
