from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_top_features_by_usage_params import GetTopFeaturesByUsageParams
    from ..models.top_features_by_usage_response_data import TopFeaturesByUsageResponseData


T = TypeVar("T", bound="GetTopFeaturesByUsageResponse")


def _convert_data(value: TopFeaturesByUsageResponseData | Mapping[str, Any]) -> TopFeaturesByUsageResponseData:
    return cast(
        "TopFeaturesByUsageResponseData",
        as_model(value, ".top_features_by_usage_response_data", "TopFeaturesByUsageResponseData", __package__),
    )


def _convert_params(value: GetTopFeaturesByUsageParams | Mapping[str, Any]) -> GetTopFeaturesByUsageParams:
    return cast(
        "GetTopFeaturesByUsageParams",
        as_model(value, ".get_top_features_by_usage_params", "GetTopFeaturesByUsageParams", __package__),
    )


@_attrs_define
class GetTopFeaturesByUsageResponse:
    """What getTopFeaturesByUsage returns

    Attributes:
        data (TopFeaturesByUsageResponseData)
        params (GetTopFeaturesByUsageParams): The parameters getTopFeaturesByUsage was called with
    """

    data: TopFeaturesByUsageResponseData = _attrs_field(converter=_convert_data)

    params: GetTopFeaturesByUsageParams = _attrs_field(converter=_convert_params)

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
        from ..models.get_top_features_by_usage_params import GetTopFeaturesByUsageParams  # noqa: PLC0415
        from ..models.top_features_by_usage_response_data import TopFeaturesByUsageResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = TopFeaturesByUsageResponseData.from_dict(d.pop("data"))

        params = GetTopFeaturesByUsageParams.from_dict(d.pop("params"))

        get_top_features_by_usage_response = cls(
            data=data,
            params=params,
        )

        get_top_features_by_usage_response.additional_properties = d
        return get_top_features_by_usage_response

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
