from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_type import PlanType, check_plan_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewMigrationRequestBody")


@_attrs_define
class PreviewMigrationRequestBody:
    """The `PreviewMigrationRequestBody` object of the API.

    Attributes:
        plan_id (str)
        plan_version_id_to (str)
        target_plan_type (PlanType)
        company_ids (list[str] | Unset)
        plan_version_ids_from (list[str] | Unset)
    """

    plan_id: str

    plan_version_id_to: str

    target_plan_type: PlanType

    company_ids: list[str] | Unset = UNSET

    plan_version_ids_from: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        plan_version_id_to = self.plan_version_id_to

        target_plan_type: str = self.target_plan_type

        company_ids: list[str] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

        plan_version_ids_from: list[str] | Unset = UNSET
        if not isinstance(self.plan_version_ids_from, Unset):
            plan_version_ids_from = self.plan_version_ids_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "plan_version_id_to": plan_version_id_to,
                "target_plan_type": target_plan_type,
            }
        )
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if plan_version_ids_from is not UNSET:
            field_dict["plan_version_ids_from"] = plan_version_ids_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = d.pop("plan_id")

        plan_version_id_to = d.pop("plan_version_id_to")

        target_plan_type = check_plan_type(d.pop("target_plan_type"))

        company_ids = cast(list[str], d.pop("company_ids", UNSET))

        plan_version_ids_from = cast(list[str], d.pop("plan_version_ids_from", UNSET))

        preview_migration_request_body = cls(
            plan_id=plan_id,
            plan_version_id_to=plan_version_id_to,
            target_plan_type=target_plan_type,
            company_ids=company_ids,
            plan_version_ids_from=plan_version_ids_from,
        )

        preview_migration_request_body.additional_properties = d
        return preview_migration_request_body

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
