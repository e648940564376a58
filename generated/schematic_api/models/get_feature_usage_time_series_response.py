from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.feature_usage_time_series_response_data import FeatureUsageTimeSeriesResponseData
    from ..models.get_feature_usage_time_series_params import GetFeatureUsageTimeSeriesParams


T = TypeVar("T", bound="GetFeatureUsageTimeSeriesResponse")


def _convert_data(value: FeatureUsageTimeSeriesResponseData | Mapping[str, Any]) -> FeatureUsageTimeSeriesResponseData:
    return cast(
        "FeatureUsageTimeSeriesResponseData",
        as_model(value, ".feature_usage_time_series_response_data", "FeatureUsageTimeSeriesResponseData", __package__),
    )


def _convert_params(value: GetFeatureUsageTimeSeriesParams | Mapping[str, Any]) -> GetFeatureUsageTimeSeriesParams:
    return cast(
        "GetFeatureUsageTimeSeriesParams",
        as_model(value, ".get_feature_usage_time_series_params", "GetFeatureUsageTimeSeriesParams", __package__),
    )


@_attrs_define
class GetFeatureUsageTimeSeriesResponse:
    """What getFeatureUsageTimeSeries returns

    Attributes:
        data (FeatureUsageTimeSeriesResponseData)
        params (GetFeatureUsageTimeSeriesParams): The parameters getFeatureUsageTimeSeries was called with
    """

    data: FeatureUsageTimeSeriesResponseData = _attrs_field(converter=_convert_data)

    params: GetFeatureUsageTimeSeriesParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feature_usage_time_series_response_data import FeatureUsageTimeSeriesResponseData  # noqa: PLC0415
        from ..models.get_feature_usage_time_series_params import GetFeatureUsageTimeSeriesParams  # noqa: PLC0415

        d = dict(src_dict)
        data = FeatureUsageTimeSeriesResponseData.from_dict(d.pop("data"))

        params = GetFeatureUsageTimeSeriesParams.from_dict(d.pop("params"))

        get_feature_usage_time_series_response = cls(
            data=data,
            params=params,
        )

        get_feature_usage_time_series_response.additional_properties = d
        return get_feature_usage_time_series_response

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
