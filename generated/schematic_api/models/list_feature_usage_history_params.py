from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_series_granularity import TimeSeriesGranularity, check_time_series_granularity
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ListFeatureUsageHistoryParams")


@_attrs_define
class ListFeatureUsageHistoryParams:
    """The parameters listFeatureUsageHistory was called with

    Attributes:
        company_ids (list[str] | Unset)
        end_time (datetime.datetime | Unset)
        feature_ids (list[str] | Unset)
        granularity (TimeSeriesGranularity | Unset)
        limit (int | Unset)
        offset (int | Unset)
        start_time (datetime.datetime | Unset)
    """

    company_ids: list[str] | Unset = UNSET

    end_time: datetime.datetime | Unset = UNSET

    feature_ids: list[str] | Unset = UNSET

    granularity: TimeSeriesGranularity | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    start_time: datetime.datetime | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_ids: list[str] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        feature_ids: list[str] | Unset = UNSET
        if not isinstance(self.feature_ids, Unset):
            feature_ids = self.feature_ids

        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = self.granularity

        limit = self.limit

        offset = self.offset

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if feature_ids is not UNSET:
            field_dict["feature_ids"] = feature_ids
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_ids = cast(list[str], d.pop("company_ids", UNSET))

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = parse_datetime(_end_time)

        feature_ids = cast(list[str], d.pop("feature_ids", UNSET))

        _granularity = d.pop("granularity", UNSET)
        granularity: TimeSeriesGranularity | Unset
        if isinstance(_granularity, Unset):
            granularity = UNSET
        else:
            granularity = check_time_series_granularity(_granularity)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = parse_datetime(_start_time)

        list_feature_usage_history_params = cls(
            company_ids=company_ids,
            end_time=end_time,
            feature_ids=feature_ids,
            granularity=granularity,
            limit=limit,
            offset=offset,
            start_time=start_time,
        )

        list_feature_usage_history_params.additional_properties = d
        return list_feature_usage_history_params

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
