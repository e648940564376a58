from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.feature_usage_detail_response_data import FeatureUsageDetailResponseData
    from ..models.get_feature_usage_by_company_params import GetFeatureUsageByCompanyParams


T = TypeVar("T", bound="GetFeatureUsageByCompanyResponse")


def _convert_data(value: FeatureUsageDetailResponseData | Mapping[str, Any]) -> FeatureUsageDetailResponseData:
    return cast(
        "FeatureUsageDetailResponseData",
        as_model(value, ".feature_usage_detail_response_data", "FeatureUsageDetailResponseData", __package__),
    )


def _convert_params(value: GetFeatureUsageByCompanyParams | Mapping[str, Any]) -> GetFeatureUsageByCompanyParams:
    return cast(
        "GetFeatureUsageByCompanyParams",
        as_model(value, ".get_feature_usage_by_company_params", "GetFeatureUsageByCompanyParams", __package__),
    )


@_attrs_define
class GetFeatureUsageByCompanyResponse:
    """What getFeatureUsageByCompany returns

    Attributes:
        data (FeatureUsageDetailResponseData)
        params (GetFeatureUsageByCompanyParams): The parameters getFeatureUsageByCompany was called with
    """

    data: FeatureUsageDetailResponseData = _attrs_field(converter=_convert_data)

    params: GetFeatureUsageByCompanyParams = _attrs_field(converter=_convert_params)

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
        from ..models.feature_usage_detail_response_data import FeatureUsageDetailResponseData  # noqa: PLC0415
        from ..models.get_feature_usage_by_company_params import GetFeatureUsageByCompanyParams  # noqa: PLC0415

        d = dict(src_dict)
        data = FeatureUsageDetailResponseData.from_dict(d.pop("data"))

        params = GetFeatureUsageByCompanyParams.from_dict(d.pop("params"))

        get_feature_usage_by_company_response = cls(
            data=data,
            params=params,
        )

        get_feature_usage_by_company_response.additional_properties = d
        return get_feature_usage_by_company_response

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
