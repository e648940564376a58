from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_export_metadata_export_type import (
    AuditLogExportMetadataExportType,
    check_audit_log_export_metadata_export_type,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AuditLogExportMetadata")


@_attrs_define
class AuditLogExportMetadata:
    """The `AuditLogExportMetadata` object of the API.

    Attributes:
        export_type (AuditLogExportMetadataExportType)
        actor_type (None | str | Unset)
        end_time (datetime.datetime | None | Unset)
        notification_email_recipient_email_addresses (list[str] | Unset)
        q (None | str | Unset)
        start_time (datetime.datetime | None | Unset)
    """

    export_type: AuditLogExportMetadataExportType

    actor_type: None | str | Unset = UNSET

    end_time: datetime.datetime | None | Unset = UNSET

    notification_email_recipient_email_addresses: list[str] | Unset = UNSET

    q: None | str | Unset = UNSET

    start_time: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_type: str = self.export_type

        actor_type: None | str | Unset
        if isinstance(self.actor_type, Unset):
            actor_type = UNSET
        else:
            actor_type = self.actor_type

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        notification_email_recipient_email_addresses: list[str] | Unset = UNSET
        if not isinstance(self.notification_email_recipient_email_addresses, Unset):
            notification_email_recipient_email_addresses = self.notification_email_recipient_email_addresses

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export_type": export_type,
            }
        )
        if actor_type is not UNSET:
            field_dict["actor_type"] = actor_type
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if notification_email_recipient_email_addresses is not UNSET:
            field_dict["notification_email_recipient_email_addresses"] = notification_email_recipient_email_addresses
        if q is not UNSET:
            field_dict["q"] = q
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        export_type = check_audit_log_export_metadata_export_type(d.pop("export_type"))

        def _parse_actor_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_type = _parse_actor_type(d.pop("actor_type", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
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

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        notification_email_recipient_email_addresses = cast(
            list[str], d.pop("notification_email_recipient_email_addresses", UNSET)
        )

        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
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

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        audit_log_export_metadata = cls(
            export_type=export_type,
            actor_type=actor_type,
            end_time=end_time,
            notification_email_recipient_email_addresses=notification_email_recipient_email_addresses,
            q=q,
            start_time=start_time,
        )

        audit_log_export_metadata.additional_properties = d
        return audit_log_export_metadata

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
