from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.environment_feature_usage_time_series_response_data import (
        EnvironmentFeatureUsageTimeSeriesResponseData,
    )
    from ..models.get_environment_feature_usage_time_series_params import GetEnvironmentFeatureUsageTimeSeriesParams


T = TypeVar("T", bound="GetEnvironmentFeatureUsageTimeSeriesResponse")


def _convert_data(
    value: EnvironmentFeatureUsageTimeSeriesResponseData | Mapping[str, Any],
) -> EnvironmentFeatureUsageTimeSeriesResponseData:
    return cast(
        "EnvironmentFeatureUsageTimeSeriesResponseData",
        as_model(
            value,
            ".environment_feature_usage_time_series_response_data",
            "EnvironmentFeatureUsageTimeSeriesResponseData",
            __package__,
        ),
    )


def _convert_params(
    value: GetEnvironmentFeatureUsageTimeSeriesParams | Mapping[str, Any],
) -> GetEnvironmentFeatureUsageTimeSeriesParams:
    return cast(
        "GetEnvironmentFeatureUsageTimeSeriesParams",
        as_model(
            value,
            ".get_environment_feature_usage_time_series_params",
            "GetEnvironmentFeatureUsageTimeSeriesParams",
            __package__,
        ),
    )


@_attrs_define
class GetEnvironmentFeatureUsageTimeSeriesResponse:
    """What getEnvironmentFeatureUsageTimeSeries returns

    Attributes:
        data (EnvironmentFeatureUsageTimeSeriesResponseData)
        params (GetEnvironmentFeatureUsageTimeSeriesParams): The parameters getEnvironmentFeatureUsageTimeSeries was called with
    """

    data: EnvironmentFeatureUsageTimeSeriesResponseData = _attrs_field(converter=_convert_data)

    params: GetEnvironmentFeatureUsageTimeSeriesParams = _attrs_field(converter=_convert_params)

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
        from ..models.environment_feature_usage_time_series_response_data import (
            EnvironmentFeatureUsageTimeSeriesResponseData,  # noqa: PLC0415
        )
        from ..models.get_environment_feature_usage_time_series_params import GetEnvironmentFeatureUsageTimeSeriesParams  # noqa: PLC0415

        d = dict(src_dict)
        data = EnvironmentFeatureUsageTimeSeriesResponseData.from_dict(d.pop("data"))

        params = GetEnvironmentFeatureUsageTimeSeriesParams.from_dict(d.pop("params"))

        get_environment_feature_usage_time_series_response = cls(
            data=data,
            params=params,
        )

        get_environment_feature_usage_time_series_response.additional_properties = d
        return get_environment_feature_usage_time_series_response

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
