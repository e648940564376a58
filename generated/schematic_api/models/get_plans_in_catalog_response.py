from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.catalog_plan_i_ds_response_data import CatalogPlanIDsResponseData
    from ..models.get_plans_in_catalog_response_params import GetPlansInCatalogResponseParams


T = TypeVar("T", bound="GetPlansInCatalogResponse")


def _convert_data(value: CatalogPlanIDsResponseData | Mapping[str, Any]) -> CatalogPlanIDsResponseData:
    return cast(
        "CatalogPlanIDsResponseData",
        as_model(value, ".catalog_plan_i_ds_response_data", "CatalogPlanIDsResponseData", __package__),
    )


def _convert_params(value: GetPlansInCatalogResponseParams | Mapping[str, Any]) -> GetPlansInCatalogResponseParams:
    return cast(
        "GetPlansInCatalogResponseParams",
        as_model(value, ".get_plans_in_catalog_response_params", "GetPlansInCatalogResponseParams", __package__),
    )


@_attrs_define
class GetPlansInCatalogResponse:
    """What getPlansInCatalog returns

    Attributes:
        data (CatalogPlanIDsResponseData)
        params (GetPlansInCatalogResponseParams)
    """

    data: CatalogPlanIDsResponseData = _attrs_field(converter=_convert_data)

    params: GetPlansInCatalogResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.catalog_plan_i_ds_response_data import CatalogPlanIDsResponseData  # noqa: PLC0415
        from ..models.get_plans_in_catalog_response_params import GetPlansInCatalogResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CatalogPlanIDsResponseData.from_dict(d.pop("data"))

        params = GetPlansInCatalogResponseParams.from_dict(d.pop("params"))

        get_plans_in_catalog_response = cls(
            data=data,
            params=params,
        )

        get_plans_in_catalog_response.additional_properties = d
        return get_plans_in_catalog_response

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
