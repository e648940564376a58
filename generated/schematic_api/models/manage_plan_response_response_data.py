from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.company_detail_response_data import CompanyDetailResponseData


T = TypeVar("T", bound="ManagePlanResponseResponseData")


def _convert_company(value: CompanyDetailResponseData | Unset | Mapping[str, Any]) -> CompanyDetailResponseData | Unset:
    return cast(
        "CompanyDetailResponseData | Unset",
        as_model(value, ".company_detail_response_data", "CompanyDetailResponseData", __package__),
    )


@_attrs_define
class ManagePlanResponseResponseData:
    """The `ManagePlanResponseResponseData` object of the API.

    Attributes:
        success (bool)
        company (CompanyDetailResponseData | Unset): A company with its keys, traits, entitlements, metrics, plans and billing
    """

    success: bool

    company: CompanyDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_detail_response_data import CompanyDetailResponseData  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        _company = d.pop("company", UNSET)
        company: CompanyDetailResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyDetailResponseData.from_dict(_company)

        manage_plan_response_response_data = cls(
            success=success,
            company=company,
        )

        manage_plan_response_response_data.additional_properties = d
        return manage_plan_response_response_data

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
