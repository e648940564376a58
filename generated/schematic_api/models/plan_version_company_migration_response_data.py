from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migration_error_code import MigrationErrorCode, check_migration_error_code
from ..models.plan_version_company_migration_status import (
    PlanVersionCompanyMigrationStatus,
    check_plan_version_company_migration_status,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PlanVersionCompanyMigrationResponseData")


@_attrs_define
class PlanVersionCompanyMigrationResponseData:
    """The `PlanVersionCompanyMigrationResponseData` object of the API.

    Attributes:
        company_id (str)
        company_name (str)
        created_at (datetime.datetime)
        id (str)
        migration_id (str)
        status (PlanVersionCompanyMigrationStatus)
        updated_at (datetime.datetime)
        completed_at (datetime.datetime | None | Unset)
        error (None | str | Unset)
        error_code (MigrationErrorCode | None | Unset)
        plan_version_id_from (None | str | Unset)
        started_at (datetime.datetime | None | Unset)
    """

    company_id: str

    company_name: str

    created_at: datetime.datetime

    id: str

    migration_id: str

    status: PlanVersionCompanyMigrationStatus

    updated_at: datetime.datetime

    completed_at: datetime.datetime | None | Unset = UNSET

    error: None | str | Unset = UNSET

    error_code: MigrationErrorCode | None | Unset = UNSET

    plan_version_id_from: None | str | Unset = UNSET

    started_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        company_name = self.company_name

        created_at = self.created_at.isoformat()

        id = self.id

        migration_id = self.migration_id

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        elif isinstance(self.error_code, str):
            error_code = self.error_code
        else:
            error_code = self.error_code

        plan_version_id_from: None | str | Unset
        if isinstance(self.plan_version_id_from, Unset):
            plan_version_id_from = UNSET
        else:
            plan_version_id_from = self.plan_version_id_from

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "company_name": company_name,
                "created_at": created_at,
                "id": id,
                "migration_id": migration_id,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if plan_version_id_from is not UNSET:
            field_dict["plan_version_id_from"] = plan_version_id_from
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        company_name = d.pop("company_name")

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        migration_id = d.pop("migration_id")

        status = check_plan_version_company_migration_status(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_code(data: object) -> MigrationErrorCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_migration_error_code(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MigrationErrorCode | None | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_plan_version_id_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_version_id_from = _parse_plan_version_id_from(d.pop("plan_version_id_from", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        plan_version_company_migration_response_data = cls(
            company_id=company_id,
            company_name=company_name,
            created_at=created_at,
            id=id,
            migration_id=migration_id,
            status=status,
            updated_at=updated_at,
            completed_at=completed_at,
            error=error,
            error_code=error_code,
            plan_version_id_from=plan_version_id_from,
            started_at=started_at,
        )

        plan_version_company_migration_response_data.additional_properties = d
        return plan_version_company_migration_response_data

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
