from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_type import FeatureType, check_feature_type
from ..types import UNSET, Unset, as_model_list

if TYPE_CHECKING:
    from ..models.limit_time_series_point_response_data import LimitTimeSeriesPointResponseData
    from ..models.usage_time_series_point_response_data import UsageTimeSeriesPointResponseData


T = TypeVar("T", bound="FeatureUsageTimeSeriesResponseData")


def _convert_limits(
    value: list[LimitTimeSeriesPointResponseData] | Sequence[LimitTimeSeriesPointResponseData | Mapping[str, Any]],
) -> list[LimitTimeSeriesPointResponseData]:
    return cast(
        "list[LimitTimeSeriesPointResponseData]",
        as_model_list(value, ".limit_time_series_point_response_data", "LimitTimeSeriesPointResponseData", __package__),
    )


def _convert_usage_points(
    value: list[UsageTimeSeriesPointResponseData] | Sequence[UsageTimeSeriesPointResponseData | Mapping[str, Any]],
) -> list[UsageTimeSeriesPointResponseData]:
    return cast(
        "list[UsageTimeSeriesPointResponseData]",
        as_model_list(value, ".usage_time_series_point_response_data", "UsageTimeSeriesPointResponseData", __package__),
    )


@_attrs_define
class FeatureUsageTimeSeriesResponseData:
    """The `FeatureUsageTimeSeriesResponseData` object of the API.

    Attributes:
        feature_id (str)
        feature_type (FeatureType)
        limits (list[LimitTimeSeriesPointResponseData])
        usage_points (list[UsageTimeSeriesPointResponseData])
        period_type (None | str | Unset)
    """

    feature_id: str

    feature_type: FeatureType

    limits: list[LimitTimeSeriesPointResponseData] = _attrs_field(converter=_convert_limits)

    usage_points: list[UsageTimeSeriesPointResponseData] = _attrs_field(converter=_convert_usage_points)

    period_type: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        feature_type: str = self.feature_type

        limits = []
        for limits_item_data in self.limits:
            limits_item = limits_item_data.to_dict()
            limits.append(limits_item)

        usage_points = []
        for usage_points_item_data in self.usage_points:
            usage_points_item = usage_points_item_data.to_dict()
            usage_points.append(usage_points_item)

        period_type: None | str | Unset
        if isinstance(self.period_type, Unset):
            period_type = UNSET
        else:
            period_type = self.period_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "feature_type": feature_type,
                "limits": limits,
                "usage_points": usage_points,
            }
        )
        if period_type is not UNSET:
            field_dict["period_type"] = period_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.limit_time_series_point_response_data import LimitTimeSeriesPointResponseData  # noqa: PLC0415
        from ..models.usage_time_series_point_response_data import UsageTimeSeriesPointResponseData  # noqa: PLC0415

        d = dict(src_dict)
        feature_id = d.pop("feature_id")

        feature_type = check_feature_type(d.pop("feature_type"))

        limits = []
        _limits = d.pop("limits")
        for limits_item_data in _limits:
            limits_item = LimitTimeSeriesPointResponseData.from_dict(limits_item_data)

            limits.append(limits_item)

        usage_points = []
        _usage_points = d.pop("usage_points")
        for usage_points_item_data in _usage_points:
            usage_points_item = UsageTimeSeriesPointResponseData.from_dict(usage_points_item_data)

            usage_points.append(usage_points_item)

        def _parse_period_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period_type = _parse_period_type(d.pop("period_type", UNSET))

        feature_usage_time_series_response_data = cls(
            feature_id=feature_id,
            feature_type=feature_type,
            limits=limits,
            usage_points=usage_points,
            period_type=period_type,
        )

        feature_usage_time_series_response_data.additional_properties = d
        return feature_usage_time_series_response_data

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
