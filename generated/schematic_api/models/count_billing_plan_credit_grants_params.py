from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountBillingPlanCreditGrantsParams")


@_attrs_define
class CountBillingPlanCreditGrantsParams:
    """The parameters countBillingPlanCreditGrants was called with

    Attributes:
        credit_id (str | Unset)
        ids (list[str] | Unset)
        limit (int | Unset)
        offset (int | Unset)
        plan_id (str | Unset)
        plan_ids (list[str] | Unset)
        plan_version_id (str | Unset)
        plan_version_ids (list[str] | Unset)
    """

    credit_id: str | Unset = UNSET

    ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    plan_id: str | Unset = UNSET

    plan_ids: list[str] | Unset = UNSET

    plan_version_id: str | Unset = UNSET

    plan_version_ids: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_id = self.credit_id

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        limit = self.limit

        offset = self.offset

        plan_id = self.plan_id

        plan_ids: list[str] | Unset = UNSET
        if not isinstance(self.plan_ids, Unset):
            plan_ids = self.plan_ids

        plan_version_id = self.plan_version_id

        plan_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.plan_version_ids, Unset):
            plan_version_ids = self.plan_version_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_id is not UNSET:
            field_dict["credit_id"] = credit_id
        if ids is not UNSET:
            field_dict["ids"] = ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if plan_ids is not UNSET:
            field_dict["plan_ids"] = plan_ids
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id
        if plan_version_ids is not UNSET:
            field_dict["plan_version_ids"] = plan_version_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_id = d.pop("credit_id", UNSET)

        ids = cast(list[str], d.pop("ids", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        plan_ids = cast(list[str], d.pop("plan_ids", UNSET))

        plan_version_id = d.pop("plan_version_id", UNSET)

        plan_version_ids = cast(list[str], d.pop("plan_version_ids", UNSET))

        count_billing_plan_credit_grants_params = cls(
            credit_id=credit_id,
            ids=ids,
            limit=limit,
            offset=offset,
            plan_id=plan_id,
            plan_ids=plan_ids,
            plan_version_id=plan_version_id,
            plan_version_ids=plan_version_ids,
        )

        count_billing_plan_credit_grants_params.additional_properties = d
        return count_billing_plan_credit_grants_params

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
