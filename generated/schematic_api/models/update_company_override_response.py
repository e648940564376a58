from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.company_override_response_data import CompanyOverrideResponseData
    from ..models.update_company_override_response_params import UpdateCompanyOverrideResponseParams


T = TypeVar("T", bound="UpdateCompanyOverrideResponse")


def _convert_data(value: CompanyOverrideResponseData | Mapping[str, Any]) -> CompanyOverrideResponseData:
    return cast(
        "CompanyOverrideResponseData",
        as_model(value, ".company_override_response_data", "CompanyOverrideResponseData", __package__),
    )


def _convert_params(
    value: UpdateCompanyOverrideResponseParams | Mapping[str, Any],
) -> UpdateCompanyOverrideResponseParams:
    return cast(
        "UpdateCompanyOverrideResponseParams",
        as_model(value, ".update_company_override_response_params", "UpdateCompanyOverrideResponseParams", __package__),
    )


@_attrs_define
class UpdateCompanyOverrideResponse:
    """What updateCompanyOverride returns

    Attributes:
        data (CompanyOverrideResponseData)
        params (UpdateCompanyOverrideResponseParams)
    """

    data: CompanyOverrideResponseData = _attrs_field(converter=_convert_data)

    params: UpdateCompanyOverrideResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.company_override_response_data import CompanyOverrideResponseData  # noqa: PLC0415
        from ..models.update_company_override_response_params import UpdateCompanyOverrideResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CompanyOverrideResponseData.from_dict(d.pop("data"))

        params = UpdateCompanyOverrideResponseParams.from_dict(d.pop("params"))

        update_company_override_response = cls(
            data=data,
            params=params,
        )

        update_company_override_response.additional_properties = d
        return update_company_override_response

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
