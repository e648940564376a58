from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migration_proration_behavior import MigrationProrationBehavior, check_migration_proration_behavior
from ..models.plan_type import PlanType, check_plan_type
from ..models.plan_version_migration_strategy import PlanVersionMigrationStrategy, check_plan_version_migration_strategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMigrationInput")


@_attrs_define
class CreateMigrationInput:
    """The `CreateMigrationInput` object of the API.

    Attributes:
        plan_id (str)
        plan_version_id_to (str)
        strategy (PlanVersionMigrationStrategy)
        target_plan_type (PlanType)
        company_ids (list[str] | Unset)
        excluded_company_ids (list[str] | Unset)
        plan_version_ids_from (list[str] | Unset)
        proration_behavior (MigrationProrationBehavior | None | Unset)
    """

    plan_id: str

    plan_version_id_to: str

    strategy: PlanVersionMigrationStrategy

    target_plan_type: PlanType

    company_ids: list[str] | Unset = UNSET

    excluded_company_ids: list[str] | Unset = UNSET

    plan_version_ids_from: list[str] | Unset = UNSET

    proration_behavior: MigrationProrationBehavior | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        plan_version_id_to = self.plan_version_id_to

        strategy: str = self.strategy

        target_plan_type: str = self.target_plan_type

        company_ids: list[str] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

        excluded_company_ids: list[str] | Unset = UNSET
        if not isinstance(self.excluded_company_ids, Unset):
            excluded_company_ids = self.excluded_company_ids

        plan_version_ids_from: list[str] | Unset = UNSET
        if not isinstance(self.plan_version_ids_from, Unset):
            plan_version_ids_from = self.plan_version_ids_from

        proration_behavior: None | str | Unset
        if isinstance(self.proration_behavior, Unset):
            proration_behavior = UNSET
        elif isinstance(self.proration_behavior, str):
            proration_behavior = self.proration_behavior
        else:
            proration_behavior = self.proration_behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "plan_version_id_to": plan_version_id_to,
                "strategy": strategy,
                "target_plan_type": target_plan_type,
            }
        )
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if excluded_company_ids is not UNSET:
            field_dict["excluded_company_ids"] = excluded_company_ids
        if plan_version_ids_from is not UNSET:
            field_dict["plan_version_ids_from"] = plan_version_ids_from
        if proration_behavior is not UNSET:
            field_dict["proration_behavior"] = proration_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = d.pop("plan_id")

        plan_version_id_to = d.pop("plan_version_id_to")

        strategy = check_plan_version_migration_strategy(d.pop("strategy"))

        target_plan_type = check_plan_type(d.pop("target_plan_type"))

        company_ids = cast(list[str], d.pop("company_ids", UNSET))

        excluded_company_ids = cast(list[str], d.pop("excluded_company_ids", UNSET))

        plan_version_ids_from = cast(list[str], d.pop("plan_version_ids_from", UNSET))

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

        create_migration_input = cls(
            plan_id=plan_id,
            plan_version_id_to=plan_version_id_to,
            strategy=strategy,
            target_plan_type=target_plan_type,
            company_ids=company_ids,
            excluded_company_ids=excluded_company_ids,
            plan_version_ids_from=plan_version_ids_from,
            proration_behavior=proration_behavior,
        )

        create_migration_input.additional_properties = d
        return create_migration_input

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
