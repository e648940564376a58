from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_version_migration_status import PlanVersionMigrationStatus, check_plan_version_migration_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountMigrationsParams")


@_attrs_define
class CountMigrationsParams:
    """The parameters countMigrations was called with

    Attributes:
        limit (int | Unset)
        offset (int | Unset)
        plan_version_id (str | Unset)
        status (PlanVersionMigrationStatus | Unset)
    """

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    plan_version_id: str | Unset = UNSET

    status: PlanVersionMigrationStatus | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        plan_version_id = self.plan_version_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        plan_version_id = d.pop("plan_version_id", UNSET)

        _status = d.pop("status", UNSET)
        status: PlanVersionMigrationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_plan_version_migration_status(_status)

        count_migrations_params = cls(
            limit=limit,
            offset=offset,
            plan_version_id=plan_version_id,
            status=status,
        )

        count_migrations_params.additional_properties = d
        return count_migrations_params

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
