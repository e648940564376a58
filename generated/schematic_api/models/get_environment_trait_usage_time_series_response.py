from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.environment_trait_usage_time_series_response_data import EnvironmentTraitUsageTimeSeriesResponseData
    from ..models.get_environment_trait_usage_time_series_params import GetEnvironmentTraitUsageTimeSeriesParams


T = TypeVar("T", bound="GetEnvironmentTraitUsageTimeSeriesResponse")


def _convert_data(
    value: EnvironmentTraitUsageTimeSeriesResponseData | Mapping[str, Any],
) -> EnvironmentTraitUsageTimeSeriesResponseData:
    return cast(
        "EnvironmentTraitUsageTimeSeriesResponseData",
        as_model(
            value,
            ".environment_trait_usage_time_series_response_data",
            "EnvironmentTraitUsageTimeSeriesResponseData",
            __package__,
        ),
    )


def _convert_params(
    value: GetEnvironmentTraitUsageTimeSeriesParams | Mapping[str, Any],
) -> GetEnvironmentTraitUsageTimeSeriesParams:
    return cast(
        "GetEnvironmentTraitUsageTimeSeriesParams",
        as_model(
            value,
            ".get_environment_trait_usage_time_series_params",
            "GetEnvironmentTraitUsageTimeSeriesParams",
            __package__,
        ),
    )


@_attrs_define
class GetEnvironmentTraitUsageTimeSeriesResponse:
    """What getEnvironmentTraitUsageTimeSeries returns

    Attributes:
        data (EnvironmentTraitUsageTimeSeriesResponseData)
        params (GetEnvironmentTraitUsageTimeSeriesParams): The parameters getEnvironmentTraitUsageTimeSeries was called with
    """

    data: EnvironmentTraitUsageTimeSeriesResponseData = _attrs_field(converter=_convert_data)

    params: GetEnvironmentTraitUsageTimeSeriesParams = _attrs_field(converter=_convert_params)

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
        from ..models.environment_trait_usage_time_series_response_data import (
            EnvironmentTraitUsageTimeSeriesResponseData,  # noqa: PLC0415
        )
        from ..models.get_environment_trait_usage_time_series_params import GetEnvironmentTraitUsageTimeSeriesParams  # noqa: PLC0415

        d = dict(src_dict)
        data = EnvironmentTraitUsageTimeSeriesResponseData.from_dict(d.pop("data"))

        params = GetEnvironmentTraitUsageTimeSeriesParams.from_dict(d.pop("params"))

        get_environment_trait_usage_time_series_response = cls(
            data=data,
            params=params,
        )

        get_environment_trait_usage_time_series_response.additional_properties = d
        return get_environment_trait_usage_time_series_response

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
