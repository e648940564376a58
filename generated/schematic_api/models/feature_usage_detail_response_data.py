from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.feature_usage_response_data import FeatureUsageResponseData


T = TypeVar("T", bound="FeatureUsageDetailResponseData")


def _convert_features(
    value: list[FeatureUsageResponseData] | Sequence[FeatureUsageResponseData | Mapping[str, Any]],
) -> list[FeatureUsageResponseData]:
    return cast(
        "list[FeatureUsageResponseData]",
        as_model_list(value, ".feature_usage_response_data", "FeatureUsageResponseData", __package__),
    )


@_attrs_define
class FeatureUsageDetailResponseData:
    """The `FeatureUsageDetailResponseData` object of the API.

    Attributes:
        features (list[FeatureUsageResponseData])
    """

    features: list[FeatureUsageResponseData] = _attrs_field(converter=_convert_features)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features = []
        for features_item_data in self.features:
            features_item = features_item_data.to_dict()
            features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "features": features,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feature_usage_response_data import FeatureUsageResponseData  # noqa: PLC0415

        d = dict(src_dict)
        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = FeatureUsageResponseData.from_dict(features_item_data)

            features.append(features_item)

        feature_usage_detail_response_data = cls(
            features=features,
        )

        feature_usage_detail_response_data.additional_properties = d
        return feature_usage_detail_response_data

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
