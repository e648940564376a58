from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.plan_growth_point_response_data import PlanGrowthPointResponseData


T = TypeVar("T", bound="PlanGrowthResponseData")


def _convert_points(
    value: list[PlanGrowthPointResponseData] | Sequence[PlanGrowthPointResponseData | Mapping[str, Any]],
) -> list[PlanGrowthPointResponseData]:
    return cast(
        "list[PlanGrowthPointResponseData]",
        as_model_list(value, ".plan_growth_point_response_data", "PlanGrowthPointResponseData", __package__),
    )


@_attrs_define
class PlanGrowthResponseData:
    """The `PlanGrowthResponseData` object of the API.

    Attributes:
        points (list[PlanGrowthPointResponseData])
    """

    points: list[PlanGrowthPointResponseData] = _attrs_field(converter=_convert_points)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_growth_point_response_data import PlanGrowthPointResponseData  # noqa: PLC0415

        d = dict(src_dict)
        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = PlanGrowthPointResponseData.from_dict(points_item_data)

            points.append(points_item)

        plan_growth_response_data = cls(
            points=points,
        )

        plan_growth_response_data.additional_properties = d
        return plan_growth_response_data

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
