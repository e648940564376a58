from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.company_detail_response_data import CompanyDetailResponseData
    from ..models.update_company_plans_response_params import UpdateCompanyPlansResponseParams


T = TypeVar("T", bound="UpdateCompanyPlansResponse")


def _convert_data(value: CompanyDetailResponseData | Mapping[str, Any]) -> CompanyDetailResponseData:
    return cast(
        "CompanyDetailResponseData",
        as_model(value, ".company_detail_response_data", "CompanyDetailResponseData", __package__),
    )


def _convert_params(value: UpdateCompanyPlansResponseParams | Mapping[str, Any]) -> UpdateCompanyPlansResponseParams:
    return cast(
        "UpdateCompanyPlansResponseParams",
        as_model(value, ".update_company_plans_response_params", "UpdateCompanyPlansResponseParams", __package__),
    )


@_attrs_define
class UpdateCompanyPlansResponse:
    """What updateCompanyPlans returns

    Attributes:
        data (CompanyDetailResponseData): A company with its keys, traits, entitlements, metrics, plans and billing
        params (UpdateCompanyPlansResponseParams)
    """

    data: CompanyDetailResponseData = _attrs_field(converter=_convert_data)

    params: UpdateCompanyPlansResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.company_detail_response_data import CompanyDetailResponseData  # noqa: PLC0415
        from ..models.update_company_plans_response_params import UpdateCompanyPlansResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CompanyDetailResponseData.from_dict(d.pop("data"))

        params = UpdateCompanyPlansResponseParams.from_dict(d.pop("params"))

        update_company_plans_response = cls(
            data=data,
            params=params,
        )

        update_company_plans_response.additional_properties = d
        return update_company_plans_response

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
