from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.company_response_data import CompanyResponseData
    from ..models.delete_company_by_keys_response_params import DeleteCompanyByKeysResponseParams


T = TypeVar("T", bound="DeleteCompanyByKeysResponse")


def _convert_data(value: CompanyResponseData | Mapping[str, Any]) -> CompanyResponseData:
    return cast("CompanyResponseData", as_model(value, ".company_response_data", "CompanyResponseData", __package__))


def _convert_params(value: DeleteCompanyByKeysResponseParams | Mapping[str, Any]) -> DeleteCompanyByKeysResponseParams:
    return cast(
        "DeleteCompanyByKeysResponseParams",
        as_model(value, ".delete_company_by_keys_response_params", "DeleteCompanyByKeysResponseParams", __package__),
    )


@_attrs_define
class DeleteCompanyByKeysResponse:
    """What deleteCompanyByKeys returns

    Attributes:
        data (CompanyResponseData): Summary of a company
        params (DeleteCompanyByKeysResponseParams)
    """

    data: CompanyResponseData = _attrs_field(converter=_convert_data)

    params: DeleteCompanyByKeysResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.company_response_data import CompanyResponseData  # noqa: PLC0415
        from ..models.delete_company_by_keys_response_params import DeleteCompanyByKeysResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CompanyResponseData.from_dict(d.pop("data"))

        params = DeleteCompanyByKeysResponseParams.from_dict(d.pop("params"))

        delete_company_by_keys_response = cls(
            data=data,
            params=params,
        )

        delete_company_by_keys_response.additional_properties = d
        return delete_company_by_keys_response

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
