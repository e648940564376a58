from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_type import PlanType, check_plan_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPlansParams")


@_attrs_define
class ListPlansParams:
    """The parameters listPlans was called with

    Attributes:
        company_id (str | Unset)
        company_scoped_only (bool | Unset)
        exclude_company_scoped (bool | Unset)
        for_fallback_plan (bool | Unset)
        for_initial_plan (bool | Unset)
        for_trial_expiry_plan (bool | Unset)
        has_product_id (bool | Unset)
        ids (list[str] | Unset)
        include_draft_versions (bool | Unset)
        limit (int | Unset)
        offset (int | Unset)
        plan_type (PlanType | Unset)
        q (str | Unset)
        scoped_to_company_id (str | Unset)
        with_entitlements (bool | Unset)
        without_entitlement_for (str | Unset)
        without_paid_product_id (bool | Unset)
    """

    company_id: str | Unset = UNSET

    company_scoped_only: bool | Unset = UNSET

    exclude_company_scoped: bool | Unset = UNSET

    for_fallback_plan: bool | Unset = UNSET

    for_initial_plan: bool | Unset = UNSET

    for_trial_expiry_plan: bool | Unset = UNSET

    has_product_id: bool | Unset = UNSET

    ids: list[str] | Unset = UNSET

    include_draft_versions: bool | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    plan_type: PlanType | Unset = UNSET

    q: str | Unset = UNSET

    scoped_to_company_id: str | Unset = UNSET

    with_entitlements: bool | Unset = UNSET

    without_entitlement_for: str | Unset = UNSET

    without_paid_product_id: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        company_scoped_only = self.company_scoped_only

        exclude_company_scoped = self.exclude_company_scoped

        for_fallback_plan = self.for_fallback_plan

        for_initial_plan = self.for_initial_plan

        for_trial_expiry_plan = self.for_trial_expiry_plan

        has_product_id = self.has_product_id

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        include_draft_versions = self.include_draft_versions

        limit = self.limit

        offset = self.offset

        plan_type: str | Unset = UNSET
        if not isinstance(self.plan_type, Unset):
            plan_type = self.plan_type

        q = self.q

        scoped_to_company_id = self.scoped_to_company_id

        with_entitlements = self.with_entitlements

        without_entitlement_for = self.without_entitlement_for

        without_paid_product_id = self.without_paid_product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if company_scoped_only is not UNSET:
            field_dict["company_scoped_only"] = company_scoped_only
        if exclude_company_scoped is not UNSET:
            field_dict["exclude_company_scoped"] = exclude_company_scoped
        if for_fallback_plan is not UNSET:
            field_dict["for_fallback_plan"] = for_fallback_plan
        if for_initial_plan is not UNSET:
            field_dict["for_initial_plan"] = for_initial_plan
        if for_trial_expiry_plan is not UNSET:
            field_dict["for_trial_expiry_plan"] = for_trial_expiry_plan
        if has_product_id is not UNSET:
            field_dict["has_product_id"] = has_product_id
        if ids is not UNSET:
            field_dict["ids"] = ids
        if include_draft_versions is not UNSET:
            field_dict["include_draft_versions"] = include_draft_versions
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type
        if q is not UNSET:
            field_dict["q"] = q
        if scoped_to_company_id is not UNSET:
            field_dict["scoped_to_company_id"] = scoped_to_company_id
        if with_entitlements is not UNSET:
            field_dict["with_entitlements"] = with_entitlements
        if without_entitlement_for is not UNSET:
            field_dict["without_entitlement_for"] = without_entitlement_for
        if without_paid_product_id is not UNSET:
            field_dict["without_paid_product_id"] = without_paid_product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        company_scoped_only = d.pop("company_scoped_only", UNSET)

        exclude_company_scoped = d.pop("exclude_company_scoped", UNSET)

        for_fallback_plan = d.pop("for_fallback_plan", UNSET)

        for_initial_plan = d.pop("for_initial_plan", UNSET)

        for_trial_expiry_plan = d.pop("for_trial_expiry_plan", UNSET)

        has_product_id = d.pop("has_product_id", UNSET)

        ids = cast(list[str], d.pop("ids", UNSET))

        include_draft_versions = d.pop("include_draft_versions", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _plan_type = d.pop("plan_type", UNSET)
        plan_type: PlanType | Unset
        if isinstance(_plan_type, Unset):
            plan_type = UNSET
        else:
            plan_type = check_plan_type(_plan_type)

        q = d.pop("q", UNSET)

        scoped_to_company_id = d.pop("scoped_to_company_id", UNSET)

        with_entitlements = d.pop("with_entitlements", UNSET)

        without_entitlement_for = d.pop("without_entitlement_for", UNSET)

        without_paid_product_id = d.pop("without_paid_product_id", UNSET)

        list_plans_params = cls(
            company_id=company_id,
            company_scoped_only=company_scoped_only,
            exclude_company_scoped=exclude_company_scoped,
            for_fallback_plan=for_fallback_plan,
            for_initial_plan=for_initial_plan,
            for_trial_expiry_plan=for_trial_expiry_plan,
            has_product_id=has_product_id,
            ids=ids,
            include_draft_versions=include_draft_versions,
            limit=limit,
            offset=offset,
            plan_type=plan_type,
            q=q,
            scoped_to_company_id=scoped_to_company_id,
            with_entitlements=with_entitlements,
            without_entitlement_for=without_entitlement_for,
            without_paid_product_id=without_paid_product_id,
        )

        list_plans_params.additional_properties = d
        return list_plans_params

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
