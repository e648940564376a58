from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.company_response_data import CompanyResponseData


T = TypeVar("T", bound="CompanyMembershipDetailResponseData")


def _convert_company(value: CompanyResponseData | Unset | Mapping[str, Any]) -> CompanyResponseData | Unset:
    return cast(
        "CompanyResponseData | Unset", as_model(value, ".company_response_data", "CompanyResponseData", __package__)
    )


@_attrs_define
class CompanyMembershipDetailResponseData:
    """Membership of a user in a company

    Attributes:
        company_id (str)
        created_at (datetime.datetime)
        id (str)
        updated_at (datetime.datetime)
        user_id (str)
        company (CompanyResponseData | Unset): Summary of a company
    """

    company_id: str

    created_at: datetime.datetime

    id: str

    updated_at: datetime.datetime

    user_id: str

    company: CompanyResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        created_at = self.created_at.isoformat()

        id = self.id

        updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "created_at": created_at,
                "id": id,
                "updated_at": updated_at,
                "user_id": user_id,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_response_data import CompanyResponseData  # noqa: PLC0415

        d = dict(src_dict)
        company_id = d.pop("company_id")

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        updated_at = parse_datetime(d.pop("updated_at"))

        user_id = d.pop("user_id")

        _company = d.pop("company", UNSET)
        company: CompanyResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyResponseData.from_dict(_company)

        company_membership_detail_response_data = cls(
            company_id=company_id,
            created_at=created_at,
            id=id,
            updated_at=updated_at,
            user_id=user_id,
            company=company,
        )

        company_membership_detail_response_data.additional_properties = d
        return company_membership_detail_response_data

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
