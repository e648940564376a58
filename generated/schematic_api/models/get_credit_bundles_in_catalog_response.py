from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.catalog_credit_bundle_i_ds_response_data import CatalogCreditBundleIDsResponseData
    from ..models.get_credit_bundles_in_catalog_response_params import GetCreditBundlesInCatalogResponseParams


T = TypeVar("T", bound="GetCreditBundlesInCatalogResponse")


def _convert_data(value: CatalogCreditBundleIDsResponseData | Mapping[str, Any]) -> CatalogCreditBundleIDsResponseData:
    return cast(
        "CatalogCreditBundleIDsResponseData",
        as_model(value, ".catalog_credit_bundle_i_ds_response_data", "CatalogCreditBundleIDsResponseData", __package__),
    )


def _convert_params(
    value: GetCreditBundlesInCatalogResponseParams | Mapping[str, Any],
) -> GetCreditBundlesInCatalogResponseParams:
    return cast(
        "GetCreditBundlesInCatalogResponseParams",
        as_model(
            value,
            ".get_credit_bundles_in_catalog_response_params",
            "GetCreditBundlesInCatalogResponseParams",
            __package__,
        ),
    )


@_attrs_define
class GetCreditBundlesInCatalogResponse:
    """What getCreditBundlesInCatalog returns

    Attributes:
        data (CatalogCreditBundleIDsResponseData)
        params (GetCreditBundlesInCatalogResponseParams)
    """

    data: CatalogCreditBundleIDsResponseData = _attrs_field(converter=_convert_data)

    params: GetCreditBundlesInCatalogResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.catalog_credit_bundle_i_ds_response_data import CatalogCreditBundleIDsResponseData  # noqa: PLC0415
        from ..models.get_credit_bundles_in_catalog_response_params import GetCreditBundlesInCatalogResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CatalogCreditBundleIDsResponseData.from_dict(d.pop("data"))

        params = GetCreditBundlesInCatalogResponseParams.from_dict(d.pop("params"))

        get_credit_bundles_in_catalog_response = cls(
            data=data,
            params=params,
        )

        get_credit_bundles_in_catalog_response.additional_properties = d
        return get_credit_bundles_in_catalog_response

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
