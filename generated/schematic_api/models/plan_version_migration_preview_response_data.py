from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.plan_version_migration_preview_company_response_data import (
        PlanVersionMigrationPreviewCompanyResponseData,
    )


T = TypeVar("T", bound="PlanVersionMigrationPreviewResponseData")


def _convert_companies(
    value: list[PlanVersionMigrationPreviewCompanyResponseData]
    | Sequence[PlanVersionMigrationPreviewCompanyResponseData | Mapping[str, Any]],
) -> list[PlanVersionMigrationPreviewCompanyResponseData]:
    return cast(
        "list[PlanVersionMigrationPreviewCompanyResponseData]",
        as_model_list(
            value,
            ".plan_version_migration_preview_company_response_data",
            "PlanVersionMigrationPreviewCompanyResponseData",
            __package__,
        ),
    )


@_attrs_define
class PlanVersionMigrationPreviewResponseData:
    """The `PlanVersionMigrationPreviewResponseData` object of the API.

    Attributes:
        companies (list[PlanVersionMigrationPreviewCompanyResponseData])
        has_billing_changes (bool)
    """

    companies: list[PlanVersionMigrationPreviewCompanyResponseData] = _attrs_field(converter=_convert_companies)

    has_billing_changes: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        companies = []
        for companies_item_data in self.companies:
            companies_item = companies_item_data.to_dict()
            companies.append(companies_item)

        has_billing_changes = self.has_billing_changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companies": companies,
                "has_billing_changes": has_billing_changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_version_migration_preview_company_response_data import (
            PlanVersionMigrationPreviewCompanyResponseData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        companies = []
        _companies = d.pop("companies")
        for companies_item_data in _companies:
            companies_item = PlanVersionMigrationPreviewCompanyResponseData.from_dict(companies_item_data)

            companies.append(companies_item)

        has_billing_changes = d.pop("has_billing_changes")

        plan_version_migration_preview_response_data = cls(
            companies=companies,
            has_billing_changes=has_billing_changes,
        )

        plan_version_migration_preview_response_data.additional_properties = d
        return plan_version_migration_preview_response_data

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
