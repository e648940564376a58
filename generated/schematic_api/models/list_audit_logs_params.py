from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_type import ActorType, check_actor_type
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ListAuditLogsParams")


@_attrs_define
class ListAuditLogsParams:
    """The parameters listAuditLogs was called with

    Attributes:
        actor_type (ActorType | Unset)
        end_time (datetime.datetime | Unset)
        environment_id (str | Unset)
        limit (int | Unset)
        offset (int | Unset)
        q (str | Unset)
        start_time (datetime.datetime | Unset)
    """

    actor_type: ActorType | Unset = UNSET

    end_time: datetime.datetime | Unset = UNSET

    environment_id: str | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    q: str | Unset = UNSET

    start_time: datetime.datetime | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_type: str | Unset = UNSET
        if not isinstance(self.actor_type, Unset):
            actor_type = self.actor_type

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        environment_id = self.environment_id

        limit = self.limit

        offset = self.offset

        q = self.q

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actor_type is not UNSET:
            field_dict["actor_type"] = actor_type
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if q is not UNSET:
            field_dict["q"] = q
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _actor_type = d.pop("actor_type", UNSET)
        actor_type: ActorType | Unset
        if isinstance(_actor_type, Unset):
            actor_type = UNSET
        else:
            actor_type = check_actor_type(_actor_type)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = parse_datetime(_end_time)

        environment_id = d.pop("environment_id", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        q = d.pop("q", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = parse_datetime(_start_time)

        list_audit_logs_params = cls(
            actor_type=actor_type,
            end_time=end_time,
            environment_id=environment_id,
            limit=limit,
            offset=offset,
            q=q,
            start_time=start_time,
        )

        list_audit_logs_params.additional_properties = d
        return list_audit_logs_params

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
