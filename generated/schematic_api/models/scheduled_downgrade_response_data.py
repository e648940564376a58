from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ScheduledDowngradeResponseData")


@_attrs_define
class ScheduledDowngradeResponseData:
    """The `ScheduledDowngradeResponseData` object of the API.

    Attributes:
        currency (str)
        effective_after (datetime.datetime)
        from_plan_id (str)
        from_plan_name (str)
        from_subscription_price (int)
        id (str)
        interval (str)
        to_plan_id (str)
        to_plan_name (str)
        scheduled_interval (None | str | Unset)
        scheduled_price (int | None | Unset)
    """

    currency: str

    effective_after: datetime.datetime

    from_plan_id: str

    from_plan_name: str

    from_subscription_price: int

    id: str

    interval: str

    to_plan_id: str

    to_plan_name: str

    scheduled_interval: None | str | Unset = UNSET

    scheduled_price: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        effective_after = self.effective_after.isoformat()

        from_plan_id = self.from_plan_id

        from_plan_name = self.from_plan_name

        from_subscription_price = self.from_subscription_price

        id = self.id

        interval = self.interval

        to_plan_id = self.to_plan_id

        to_plan_name = self.to_plan_name

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "effective_after": effective_after,
                "from_plan_id": from_plan_id,
                "from_plan_name": from_plan_name,
                "from_subscription_price": from_subscription_price,
                "id": id,
                "interval": interval,
                "to_plan_id": to_plan_id,
                "to_plan_name": to_plan_name,
            }
        )
        if scheduled_interval is not UNSET:
            field_dict["scheduled_interval"] = scheduled_interval
        if scheduled_price is not UNSET:
            field_dict["scheduled_price"] = scheduled_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        effective_after = parse_datetime(d.pop("effective_after"))

        from_plan_id = d.pop("from_plan_id")

        from_plan_name = d.pop("from_plan_name")

        from_subscription_price = d.pop("from_subscription_price")

        id = d.pop("id")

        interval = d.pop("interval")

        to_plan_id = d.pop("to_plan_id")

        to_plan_name = d.pop("to_plan_name")

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

        scheduled_downgrade_response_data = cls(
            currency=currency,
            effective_after=effective_after,
            from_plan_id=from_plan_id,
            from_plan_name=from_plan_name,
            from_subscription_price=from_subscription_price,
            id=id,
            interval=interval,
            to_plan_id=to_plan_id,
            to_plan_name=to_plan_name,
            scheduled_interval=scheduled_interval,
            scheduled_price=scheduled_price,
        )

        scheduled_downgrade_response_data.additional_properties = d
        return scheduled_downgrade_response_data

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
