from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.catalog_response_data import CatalogResponseData
    from ..models.update_catalog_response_params import UpdateCatalogResponseParams


T = TypeVar("T", bound="UpdateCatalogResponse")


def _convert_data(value: CatalogResponseData | Mapping[str, Any]) -> CatalogResponseData:
    return cast("CatalogResponseData", as_model(value, ".catalog_response_data", "CatalogResponseData", __package__))


def _convert_params(value: UpdateCatalogResponseParams | Mapping[str, Any]) -> UpdateCatalogResponseParams:
    return cast(
        "UpdateCatalogResponseParams",
        as_model(value, ".update_catalog_response_params", "UpdateCatalogResponseParams", __package__),
    )


@_attrs_define
class UpdateCatalogResponse:
    """What updateCatalog returns

    Attributes:
        data (CatalogResponseData)
        params (UpdateCatalogResponseParams)
    """

    data: CatalogResponseData = _attrs_field(converter=_convert_data)

    params: UpdateCatalogResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.catalog_response_data import CatalogResponseData  # noqa: PLC0415
        from ..models.update_catalog_response_params import UpdateCatalogResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CatalogResponseData.from_dict(d.pop("data"))

        params = UpdateCatalogResponseParams.from_dict(d.pop("params"))

        update_catalog_response = cls(
            data=data,
            params=params,
        )

        update_catalog_response.additional_properties = d
        return update_catalog_response

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
