from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_series_granularity import TimeSeriesGranularity, check_time_series_granularity
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="GetEnvironmentTraitUsageTimeSeriesParams")


@_attrs_define
class GetEnvironmentTraitUsageTimeSeriesParams:
    """The parameters getEnvironmentTraitUsageTimeSeries was called with

    Attributes:
        end_time (datetime.datetime | Unset)
        feature_id (str | Unset)
        granularity (TimeSeriesGranularity | Unset)
        start_time (datetime.datetime | Unset)
    """

    end_time: datetime.datetime | Unset = UNSET

    feature_id: str | Unset = UNSET

    granularity: TimeSeriesGranularity | Unset = UNSET

    start_time: datetime.datetime | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        feature_id = self.feature_id

        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = self.granularity

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = parse_datetime(_end_time)

        feature_id = d.pop("feature_id", UNSET)

        _granularity = d.pop("granularity", UNSET)
        granularity: TimeSeriesGranularity | Unset
        if isinstance(_granularity, Unset):
            granularity = UNSET
        else:
            granularity = check_time_series_granularity(_granularity)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = parse_datetime(_start_time)

        get_environment_trait_usage_time_series_params = cls(
            end_time=end_time,
            feature_id=feature_id,
            granularity=granularity,
            start_time=start_time,
        )

        get_environment_trait_usage_time_series_params.additional_properties = d
        return get_environment_trait_usage_time_series_params

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
