from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="FeatureUsageHistoryResponseData")


@_attrs_define
class FeatureUsageHistoryResponseData:
    """The `FeatureUsageHistoryResponseData` object of the API.

    Attributes:
        company_id (str)
        event_subtype (str)
        feature_id (str)
        period_end (datetime.datetime)
        period_start (datetime.datetime)
        usage (int)
    """

    company_id: str

    event_subtype: str

    feature_id: str

    period_end: datetime.datetime

    period_start: datetime.datetime

    usage: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        event_subtype = self.event_subtype

        feature_id = self.feature_id

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "event_subtype": event_subtype,
                "feature_id": feature_id,
                "period_end": period_end,
                "period_start": period_start,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        event_subtype = d.pop("event_subtype")

        feature_id = d.pop("feature_id")

        period_end = parse_datetime(d.pop("period_end"))

        period_start = parse_datetime(d.pop("period_start"))

        usage = d.pop("usage")

        feature_usage_history_response_data = cls(
            company_id=company_id,
            event_subtype=event_subtype,
            feature_id=feature_id,
            period_end=period_end,
            period_start=period_start,
            usage=usage,
        )

        feature_usage_history_response_data.additional_properties = d
        return feature_usage_history_response_data

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
