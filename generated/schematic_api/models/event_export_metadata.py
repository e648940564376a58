from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_export_metadata_event_types_type_0_item import (
    EventExportMetadataEventTypesType0Item,
    check_event_export_metadata_event_types_type_0_item,
)
from ..models.event_export_metadata_export_type import (
    EventExportMetadataExportType,
    check_event_export_metadata_export_type,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="EventExportMetadata")


@_attrs_define
class EventExportMetadata:
    """The `EventExportMetadata` object of the API.

    Attributes:
        export_type (EventExportMetadataExportType)
        company_id (None | str | Unset)
        end_time (datetime.datetime | None | Unset)
        event_subtype (None | str | Unset)
        event_types (list[EventExportMetadataEventTypesType0Item] | None | Unset)
        flag_id (None | str | Unset)
        notification_email_recipient_email_addresses (list[str] | Unset)
        start_time (datetime.datetime | None | Unset)
        user_id (None | str | Unset)
    """

    export_type: EventExportMetadataExportType

    company_id: None | str | Unset = UNSET

    end_time: datetime.datetime | None | Unset = UNSET

    event_subtype: None | str | Unset = UNSET

    event_types: list[EventExportMetadataEventTypesType0Item] | None | Unset = UNSET

    flag_id: None | str | Unset = UNSET

    notification_email_recipient_email_addresses: list[str] | Unset = UNSET

    start_time: datetime.datetime | None | Unset = UNSET

    user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_type: str = self.export_type

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        event_subtype: None | str | Unset
        if isinstance(self.event_subtype, Unset):
            event_subtype = UNSET
        else:
            event_subtype = self.event_subtype

        event_types: list[str] | None | Unset
        if isinstance(self.event_types, Unset):
            event_types = UNSET
        elif isinstance(self.event_types, list):
            event_types = []
            for event_types_type_0_item_data in self.event_types:
                event_types_type_0_item: str = event_types_type_0_item_data
                event_types.append(event_types_type_0_item)

        else:
            event_types = self.event_types

        flag_id: None | str | Unset
        if isinstance(self.flag_id, Unset):
            flag_id = UNSET
        else:
            flag_id = self.flag_id

        notification_email_recipient_email_addresses: list[str] | Unset = UNSET
        if not isinstance(self.notification_email_recipient_email_addresses, Unset):
            notification_email_recipient_email_addresses = self.notification_email_recipient_email_addresses

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export_type": export_type,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if event_subtype is not UNSET:
            field_dict["event_subtype"] = event_subtype
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if flag_id is not UNSET:
            field_dict["flag_id"] = flag_id
        if notification_email_recipient_email_addresses is not UNSET:
            field_dict["notification_email_recipient_email_addresses"] = notification_email_recipient_email_addresses
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        export_type = check_event_export_metadata_export_type(d.pop("export_type"))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

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

        def _parse_event_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_subtype = _parse_event_subtype(d.pop("event_subtype", UNSET))

        def _parse_event_types(data: object) -> list[EventExportMetadataEventTypesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                event_types_type_0 = []
                _event_types_type_0 = data
                for event_types_type_0_item_data in _event_types_type_0:
                    event_types_type_0_item = check_event_export_metadata_event_types_type_0_item(
                        event_types_type_0_item_data
                    )

                    event_types_type_0.append(event_types_type_0_item)

                return event_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EventExportMetadataEventTypesType0Item] | None | Unset, data)

        event_types = _parse_event_types(d.pop("event_types", UNSET))

        def _parse_flag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_id = _parse_flag_id(d.pop("flag_id", UNSET))

        notification_email_recipient_email_addresses = cast(
            list[str], d.pop("notification_email_recipient_email_addresses", UNSET)
        )

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

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        event_export_metadata = cls(
            export_type=export_type,
            company_id=company_id,
            end_time=end_time,
            event_subtype=event_subtype,
            event_types=event_types,
            flag_id=flag_id,
            notification_email_recipient_email_addresses=notification_email_recipient_email_addresses,
            start_time=start_time,
            user_id=user_id,
        )

        event_export_metadata.additional_properties = d
        return event_export_metadata

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
