from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanVersionMigrationPreviewCompanyResponseData")


@_attrs_define
class PlanVersionMigrationPreviewCompanyResponseData:
    """The `PlanVersionMigrationPreviewCompanyResponseData` object of the API.

    Attributes:
        company_id (str)
        has_billing_changes (bool)
        has_custom_pricing (bool)
        will_update_subscription (bool)
        would_fail (bool)
        note (None | str | Unset)
        plan_version_id_from (None | str | Unset)
    """

    company_id: str

    has_billing_changes: bool

    has_custom_pricing: bool

    will_update_subscription: bool

    would_fail: bool

    note: None | str | Unset = UNSET

    plan_version_id_from: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        has_billing_changes = self.has_billing_changes

        has_custom_pricing = self.has_custom_pricing

        will_update_subscription = self.will_update_subscription

        would_fail = self.would_fail

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        plan_version_id_from: None | str | Unset
        if isinstance(self.plan_version_id_from, Unset):
            plan_version_id_from = UNSET
        else:
            plan_version_id_from = self.plan_version_id_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "has_billing_changes": has_billing_changes,
                "has_custom_pricing": has_custom_pricing,
                "will_update_subscription": will_update_subscription,
                "would_fail": would_fail,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if plan_version_id_from is not UNSET:
            field_dict["plan_version_id_from"] = plan_version_id_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        has_billing_changes = d.pop("has_billing_changes")

        has_custom_pricing = d.pop("has_custom_pricing")

        will_update_subscription = d.pop("will_update_subscription")

        would_fail = d.pop("would_fail")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_plan_version_id_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_version_id_from = _parse_plan_version_id_from(d.pop("plan_version_id_from", UNSET))

        plan_version_migration_preview_company_response_data = cls(
            company_id=company_id,
            has_billing_changes=has_billing_changes,
            has_custom_pricing=has_custom_pricing,
            will_update_subscription=will_update_subscription,
            would_fail=would_fail,
            note=note,
            plan_version_id_from=plan_version_id_from,
        )

        plan_version_migration_preview_company_response_data.additional_properties = d
        return plan_version_migration_preview_company_response_data

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
