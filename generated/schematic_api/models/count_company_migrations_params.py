from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_version_company_migration_status import (
    PlanVersionCompanyMigrationStatus,
    check_plan_version_company_migration_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountCompanyMigrationsParams")


@_attrs_define
class CountCompanyMigrationsParams:
    """The parameters countCompanyMigrations was called with

    Attributes:
        limit (int | Unset)
        migration_id (str | Unset)
        offset (int | Unset)
        q (str | Unset)
        status (PlanVersionCompanyMigrationStatus | Unset)
    """

    limit: int | Unset = UNSET

    migration_id: str | Unset = UNSET

    offset: int | Unset = UNSET

    q: str | Unset = UNSET

    status: PlanVersionCompanyMigrationStatus | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        migration_id = self.migration_id

        offset = self.offset

        q = self.q

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if migration_id is not UNSET:
            field_dict["migration_id"] = migration_id
        if offset is not UNSET:
            field_dict["offset"] = offset
        if q is not UNSET:
            field_dict["q"] = q
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        migration_id = d.pop("migration_id", UNSET)

        offset = d.pop("offset", UNSET)

        q = d.pop("q", UNSET)

        _status = d.pop("status", UNSET)
        status: PlanVersionCompanyMigrationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_plan_version_company_migration_status(_status)

        count_company_migrations_params = cls(
            limit=limit,
            migration_id=migration_id,
            offset=offset,
            q=q,
            status=status,
        )

        count_company_migrations_params.additional_properties = d
        return count_company_migrations_params

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
