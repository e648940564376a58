from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migration_proration_behavior import MigrationProrationBehavior, check_migration_proration_behavior
from ..models.plan_version_migration_status import PlanVersionMigrationStatus, check_plan_version_migration_status
from ..models.plan_version_migration_strategy import PlanVersionMigrationStrategy, check_plan_version_migration_strategy
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PlanVersionMigrationResponseData")


@_attrs_define
class PlanVersionMigrationResponseData:
    """The `PlanVersionMigrationResponseData` object of the API.

    Attributes:
        completed_companies (int)
        created_at (datetime.datetime)
        failed_companies (int)
        id (str)
        plan_id (str)
        plan_version_id_to (str)
        plan_version_ids_from (list[str])
        skipped_companies (int)
        status (PlanVersionMigrationStatus)
        strategy (PlanVersionMigrationStrategy)
        total_companies (int)
        updated_at (datetime.datetime)
        completed_at (datetime.datetime | None | Unset)
        error (None | str | Unset)
        plan_version_id_from (None | str | Unset)
        proration_behavior (MigrationProrationBehavior | None | Unset)
        started_at (datetime.datetime | None | Unset)
    """

    completed_companies: int

    created_at: datetime.datetime

    failed_companies: int

    id: str

    plan_id: str

    plan_version_id_to: str

    plan_version_ids_from: list[str]

    skipped_companies: int

    status: PlanVersionMigrationStatus

    strategy: PlanVersionMigrationStrategy

    total_companies: int

    updated_at: datetime.datetime

    completed_at: datetime.datetime | None | Unset = UNSET

    error: None | str | Unset = UNSET

    plan_version_id_from: None | str | Unset = UNSET

    proration_behavior: MigrationProrationBehavior | None | Unset = UNSET

    started_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_companies = self.completed_companies

        created_at = self.created_at.isoformat()

        failed_companies = self.failed_companies

        id = self.id

        plan_id = self.plan_id

        plan_version_id_to = self.plan_version_id_to

        plan_version_ids_from = self.plan_version_ids_from

        skipped_companies = self.skipped_companies

        status: str = self.status

        strategy: str = self.strategy

        total_companies = self.total_companies

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

        plan_version_id_from: None | str | Unset
        if isinstance(self.plan_version_id_from, Unset):
            plan_version_id_from = UNSET
        else:
            plan_version_id_from = self.plan_version_id_from

        proration_behavior: None | str | Unset
        if isinstance(self.proration_behavior, Unset):
            proration_behavior = UNSET
        elif isinstance(self.proration_behavior, str):
            proration_behavior = self.proration_behavior
        else:
            proration_behavior = self.proration_behavior

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
                "completed_companies": completed_companies,
                "created_at": created_at,
                "failed_companies": failed_companies,
                "id": id,
                "plan_id": plan_id,
                "plan_version_id_to": plan_version_id_to,
                "plan_version_ids_from": plan_version_ids_from,
                "skipped_companies": skipped_companies,
                "status": status,
                "strategy": strategy,
                "total_companies": total_companies,
                "updated_at": updated_at,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error
        if plan_version_id_from is not UNSET:
            field_dict["plan_version_id_from"] = plan_version_id_from
        if proration_behavior is not UNSET:
            field_dict["proration_behavior"] = proration_behavior
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_companies = d.pop("completed_companies")

        created_at = parse_datetime(d.pop("created_at"))

        failed_companies = d.pop("failed_companies")

        id = d.pop("id")

        plan_id = d.pop("plan_id")

        plan_version_id_to = d.pop("plan_version_id_to")

        plan_version_ids_from = cast(list[str], d.pop("plan_version_ids_from"))

        skipped_companies = d.pop("skipped_companies")

        status = check_plan_version_migration_status(d.pop("status"))

        strategy = check_plan_version_migration_strategy(d.pop("strategy"))

        total_companies = d.pop("total_companies")

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

        def _parse_plan_version_id_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_version_id_from = _parse_plan_version_id_from(d.pop("plan_version_id_from", UNSET))

        def _parse_proration_behavior(data: object) -> MigrationProrationBehavior | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_migration_proration_behavior(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MigrationProrationBehavior | None | Unset, data)

        proration_behavior = _parse_proration_behavior(d.pop("proration_behavior", UNSET))

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

        plan_version_migration_response_data = cls(
            completed_companies=completed_companies,
            created_at=created_at,
            failed_companies=failed_companies,
            id=id,
            plan_id=plan_id,
            plan_version_id_to=plan_version_id_to,
            plan_version_ids_from=plan_version_ids_from,
            skipped_companies=skipped_companies,
            status=status,
            strategy=strategy,
            total_companies=total_companies,
            updated_at=updated_at,
            completed_at=completed_at,
            error=error,
            plan_version_id_from=plan_version_id_from,
            proration_behavior=proration_behavior,
            started_at=started_at,
        )

        plan_version_migration_response_data.additional_properties = d
        return plan_version_migration_response_data

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
