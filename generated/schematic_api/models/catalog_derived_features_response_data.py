from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.catalog_derived_feature_response_data import CatalogDerivedFeatureResponseData


T = TypeVar("T", bound="CatalogDerivedFeaturesResponseData")


def _convert_features(
    value: list[CatalogDerivedFeatureResponseData] | Sequence[CatalogDerivedFeatureResponseData | Mapping[str, Any]],
) -> list[CatalogDerivedFeatureResponseData]:
    return cast(
        "list[CatalogDerivedFeatureResponseData]",
        as_model_list(
            value, ".catalog_derived_feature_response_data", "CatalogDerivedFeatureResponseData", __package__
        ),
    )


@_attrs_define
class CatalogDerivedFeaturesResponseData:
    """The `CatalogDerivedFeaturesResponseData` object of the API.

    Attributes:
        features (list[CatalogDerivedFeatureResponseData])
    """

    features: list[CatalogDerivedFeatureResponseData] = _attrs_field(converter=_convert_features)

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
        from ..models.catalog_derived_feature_response_data import CatalogDerivedFeatureResponseData  # noqa: PLC0415

        d = dict(src_dict)
        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = CatalogDerivedFeatureResponseData.from_dict(features_item_data)

            features.append(features_item)

        catalog_derived_features_response_data = cls(
            features=features,
        )

        catalog_derived_features_response_data.additional_properties = d
        return catalog_derived_features_response_data

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
