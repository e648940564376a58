from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduled_checkout_status import ScheduledCheckoutStatus, check_scheduled_checkout_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="UpdateScheduledCheckoutRequest")


@_attrs_define
class UpdateScheduledCheckoutRequest:
    """The `UpdateScheduledCheckoutRequest` object of the API.

    Attributes:
        execute_after (datetime.datetime | None | Unset)
        status (None | ScheduledCheckoutStatus | Unset)
    """

    execute_after: datetime.datetime | None | Unset = UNSET

    status: None | ScheduledCheckoutStatus | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execute_after: None | str | Unset
        if isinstance(self.execute_after, Unset):
            execute_after = UNSET
        elif isinstance(self.execute_after, datetime.datetime):
            execute_after = self.execute_after.isoformat()
        else:
            execute_after = self.execute_after

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execute_after is not UNSET:
            field_dict["execute_after"] = execute_after
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_execute_after(data: object) -> datetime.datetime | None | Unset:
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

        execute_after = _parse_execute_after(d.pop("execute_after", UNSET))

        def _parse_status(data: object) -> None | ScheduledCheckoutStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_scheduled_checkout_status(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduledCheckoutStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        update_scheduled_checkout_request = cls(
            execute_after=execute_after,
            status=status,
        )

        update_scheduled_checkout_request.additional_properties = d
        return update_scheduled_checkout_request

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
