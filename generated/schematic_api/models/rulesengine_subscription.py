from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="RulesengineSubscription")


@_attrs_define
class RulesengineSubscription:
    """The `RulesengineSubscription` object of the API.

    Attributes:
        id (str)
        period_end (datetime.datetime)
        period_start (datetime.datetime)
    """

    id: str

    period_end: datetime.datetime

    period_start: datetime.datetime

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "period_end": period_end,
                "period_start": period_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        period_end = parse_datetime(d.pop("period_end"))

        period_start = parse_datetime(d.pop("period_start"))

        rulesengine_subscription = cls(
            id=id,
            period_end=period_end,
            period_start=period_start,
        )

        rulesengine_subscription.additional_properties = d
        return rulesengine_subscription

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
