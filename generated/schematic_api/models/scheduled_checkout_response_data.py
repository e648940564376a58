from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduled_checkout_status import ScheduledCheckoutStatus, check_scheduled_checkout_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ScheduledCheckoutResponseData")


@_attrs_define
class ScheduledCheckoutResponseData:
    """The `ScheduledCheckoutResponseData` object of the API.

    Attributes:
        actor_type (str)
        company_id (str)
        created_at (datetime.datetime)
        execute_after (datetime.datetime)
        from_plan_id (str)
        id (str)
        status (ScheduledCheckoutStatus)
        to_plan_id (str)
        updated_at (datetime.datetime)
        completed_at (datetime.datetime | None | Unset)
        error_message (None | str | Unset)
        scheduled_interval (None | str | Unset)
        scheduled_price (int | None | Unset)
        started_at (datetime.datetime | None | Unset)
    """

    actor_type: str

    company_id: str

    created_at: datetime.datetime

    execute_after: datetime.datetime

    from_plan_id: str

    id: str

    status: ScheduledCheckoutStatus

    to_plan_id: str

    updated_at: datetime.datetime

    completed_at: datetime.datetime | None | Unset = UNSET

    error_message: None | str | Unset = UNSET

    scheduled_interval: None | str | Unset = UNSET

    scheduled_price: int | None | Unset = UNSET

    started_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_type = self.actor_type

        company_id = self.company_id

        created_at = self.created_at.isoformat()

        execute_after = self.execute_after.isoformat()

        from_plan_id = self.from_plan_id

        id = self.id

        status: str = self.status

        to_plan_id = self.to_plan_id

        updated_at = self.updated_at.isoformat()

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        scheduled_interval: None | str | Unset
        if isinstance(self.scheduled_interval, Unset):
            scheduled_interval = UNSET
        else:
            scheduled_interval = self.scheduled_interval

        scheduled_price: int | None | Unset
        if isinstance(self.scheduled_price, Unset):
            scheduled_price = UNSET
        else:
            scheduled_price = self.scheduled_price

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor_type": actor_type,
                "company_id": company_id,
                "created_at": created_at,
                "execute_after": execute_after,
                "from_plan_id": from_plan_id,
                "id": id,
                "status": status,
                "to_plan_id": to_plan_id,
                "updated_at": updated_at,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if scheduled_interval is not UNSET:
            field_dict["scheduled_interval"] = scheduled_interval
        if scheduled_price is not UNSET:
            field_dict["scheduled_price"] = scheduled_price
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actor_type = d.pop("actor_type")

        company_id = d.pop("company_id")

        created_at = parse_datetime(d.pop("created_at"))

        execute_after = parse_datetime(d.pop("execute_after"))

        from_plan_id = d.pop("from_plan_id")

        id = d.pop("id")

        status = check_scheduled_checkout_status(d.pop("status"))

        to_plan_id = d.pop("to_plan_id")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
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

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_scheduled_interval(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_interval = _parse_scheduled_interval(d.pop("scheduled_interval", UNSET))

        def _parse_scheduled_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scheduled_price = _parse_scheduled_price(d.pop("scheduled_price", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
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

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        scheduled_checkout_response_data = cls(
            actor_type=actor_type,
            company_id=company_id,
            created_at=created_at,
            execute_after=execute_after,
            from_plan_id=from_plan_id,
            id=id,
            status=status,
            to_plan_id=to_plan_id,
            updated_at=updated_at,
            completed_at=completed_at,
            error_message=error_message,
            scheduled_interval=scheduled_interval,
            scheduled_price=scheduled_price,
            started_at=started_at,
        )

        scheduled_checkout_response_data.additional_properties = d
        return scheduled_checkout_response_data

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
