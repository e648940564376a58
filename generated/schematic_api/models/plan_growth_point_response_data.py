from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="PlanGrowthPointResponseData")


@_attrs_define
class PlanGrowthPointResponseData:
    """The `PlanGrowthPointResponseData` object of the API.

    Attributes:
        month (datetime.datetime)
        plan_id (str)
        plan_name (str)
        subscribers (int)
    """

    month: datetime.datetime

    plan_id: str

    plan_name: str

    subscribers: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month.isoformat()

        plan_id = self.plan_id

        plan_name = self.plan_name

        subscribers = self.subscribers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "plan_id": plan_id,
                "plan_name": plan_name,
                "subscribers": subscribers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = parse_datetime(d.pop("month"))

        plan_id = d.pop("plan_id")

        plan_name = d.pop("plan_name")

        subscribers = d.pop("subscribers")

        plan_growth_point_response_data = cls(
            month=month,
            plan_id=plan_id,
            plan_name=plan_name,
            subscribers=subscribers,
        )

        plan_growth_point_response_data.additional_properties = d
        return plan_growth_point_response_data

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
