from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.environment_usage_point_response_data import EnvironmentUsagePointResponseData


T = TypeVar("T", bound="EnvironmentTraitUsageTimeSeriesResponseData")


def _convert_points(
    value: list[EnvironmentUsagePointResponseData] | Sequence[EnvironmentUsagePointResponseData | Mapping[str, Any]],
) -> list[EnvironmentUsagePointResponseData]:
    return cast(
        "list[EnvironmentUsagePointResponseData]",
        as_model_list(
            value, ".environment_usage_point_response_data", "EnvironmentUsagePointResponseData", __package__
        ),
    )


@_attrs_define
class EnvironmentTraitUsageTimeSeriesResponseData:
    """The `EnvironmentTraitUsageTimeSeriesResponseData` object of the API.

    Attributes:
        feature_id (str)
        points (list[EnvironmentUsagePointResponseData])
        trait_definition_id (str)
    """

    feature_id: str

    points: list[EnvironmentUsagePointResponseData] = _attrs_field(converter=_convert_points)

    trait_definition_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        trait_definition_id = self.trait_definition_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "points": points,
                "trait_definition_id": trait_definition_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_usage_point_response_data import EnvironmentUsagePointResponseData  # noqa: PLC0415

        d = dict(src_dict)
        feature_id = d.pop("feature_id")

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = EnvironmentUsagePointResponseData.from_dict(points_item_data)

            points.append(points_item)

        trait_definition_id = d.pop("trait_definition_id")

        environment_trait_usage_time_series_response_data = cls(
            feature_id=feature_id,
            points=points,
            trait_definition_id=trait_definition_id,
        )

        environment_trait_usage_time_series_response_data.additional_properties = d
        return environment_trait_usage_time_series_response_data

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
