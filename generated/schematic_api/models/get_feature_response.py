from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.feature_detail_response_data import FeatureDetailResponseData
    from ..models.get_feature_response_params import GetFeatureResponseParams


T = TypeVar("T", bound="GetFeatureResponse")


def _convert_data(value: FeatureDetailResponseData | Mapping[str, Any]) -> FeatureDetailResponseData:
    return cast(
        "FeatureDetailResponseData",
        as_model(value, ".feature_detail_response_data", "FeatureDetailResponseData", __package__),
    )


def _convert_params(value: GetFeatureResponseParams | Mapping[str, Any]) -> GetFeatureResponseParams:
    return cast(
        "GetFeatureResponseParams",
        as_model(value, ".get_feature_response_params", "GetFeatureResponseParams", __package__),
    )


@_attrs_define
class GetFeatureResponse:
    """What getFeature returns

    Attributes:
        data (FeatureDetailResponseData)
        params (GetFeatureResponseParams)
    """

    data: FeatureDetailResponseData = _attrs_field(converter=_convert_data)

    params: GetFeatureResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.feature_detail_response_data import FeatureDetailResponseData  # noqa: PLC0415
        from ..models.get_feature_response_params import GetFeatureResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = FeatureDetailResponseData.from_dict(d.pop("data"))

        params = GetFeatureResponseParams.from_dict(d.pop("params"))

        get_feature_response = cls(
            data=data,
            params=params,
        )

        get_feature_response.additional_properties = d
        return get_feature_response

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
