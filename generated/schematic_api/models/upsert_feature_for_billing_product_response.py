from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.feature_detail_response_data import FeatureDetailResponseData
    from ..models.upsert_feature_for_billing_product_response_params import UpsertFeatureForBillingProductResponseParams


T = TypeVar("T", bound="UpsertFeatureForBillingProductResponse")


def _convert_data(value: FeatureDetailResponseData | Mapping[str, Any]) -> FeatureDetailResponseData:
    return cast(
        "FeatureDetailResponseData",
        as_model(value, ".feature_detail_response_data", "FeatureDetailResponseData", __package__),
    )


def _convert_params(
    value: UpsertFeatureForBillingProductResponseParams | Mapping[str, Any],
) -> UpsertFeatureForBillingProductResponseParams:
    return cast(
        "UpsertFeatureForBillingProductResponseParams",
        as_model(
            value,
            ".upsert_feature_for_billing_product_response_params",
            "UpsertFeatureForBillingProductResponseParams",
            __package__,
        ),
    )


@_attrs_define
class UpsertFeatureForBillingProductResponse:
    """What upsertFeatureForBillingProduct returns

    Attributes:
        data (FeatureDetailResponseData)
        params (UpsertFeatureForBillingProductResponseParams)
    """

    data: FeatureDetailResponseData = _attrs_field(converter=_convert_data)

    params: UpsertFeatureForBillingProductResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.upsert_feature_for_billing_product_response_params import (
            UpsertFeatureForBillingProductResponseParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data = FeatureDetailResponseData.from_dict(d.pop("data"))

        params = UpsertFeatureForBillingProductResponseParams.from_dict(d.pop("params"))

        upsert_feature_for_billing_product_response = cls(
            data=data,
            params=params,
        )

        upsert_feature_for_billing_product_response.additional_properties = d
        return upsert_feature_for_billing_product_response

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
