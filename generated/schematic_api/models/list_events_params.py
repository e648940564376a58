from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType, check_event_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListEventsParams")


@_attrs_define
class ListEventsParams:
    """The parameters listEvents was called with

    Attributes:
        company_id (str | Unset)
        event_subtype (str | Unset)
        event_types (list[EventType] | Unset)
        flag_id (str | Unset)
        idempotency_key (str | Unset)
        limit (int | Unset)
        offset (int | Unset)
        user_id (str | Unset)
    """

    company_id: str | Unset = UNSET

    event_subtype: str | Unset = UNSET

    event_types: list[EventType] | Unset = UNSET

    flag_id: str | Unset = UNSET

    idempotency_key: str | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    user_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        event_subtype = self.event_subtype

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item: str = event_types_item_data
                event_types.append(event_types_item)

        flag_id = self.flag_id

        idempotency_key = self.idempotency_key

        limit = self.limit

        offset = self.offset

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if event_subtype is not UNSET:
            field_dict["event_subtype"] = event_subtype
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if flag_id is not UNSET:
            field_dict["flag_id"] = flag_id
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        event_subtype = d.pop("event_subtype", UNSET)

        _event_types = d.pop("event_types", UNSET)
        event_types: list[EventType] | Unset = UNSET
        if _event_types is not UNSET:
            event_types = []
            for event_types_item_data in _event_types:
                event_types_item = check_event_type(event_types_item_data)

                event_types.append(event_types_item)

        flag_id = d.pop("flag_id", UNSET)

        idempotency_key = d.pop("idempotency_key", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        user_id = d.pop("user_id", UNSET)

        list_events_params = cls(
            company_id=company_id,
            event_subtype=event_subtype,
            event_types=event_types,
            flag_id=flag_id,
            idempotency_key=idempotency_key,
            limit=limit,
            offset=offset,
            user_id=user_id,
        )

        list_events_params.additional_properties = d
        return list_events_params

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
