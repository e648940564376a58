from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_change_action import PlanChangeAction, check_plan_change_action
from ..models.plan_change_base_plan_action import PlanChangeBasePlanAction, check_plan_change_base_plan_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPlanChangesParams")


@_attrs_define
class ListPlanChangesParams:
    """The parameters listPlanChanges was called with

    Attributes:
        action (PlanChangeAction | Unset)
        base_plan_action (PlanChangeBasePlanAction | Unset)
        company_id (str | Unset)
        company_ids (list[str] | Unset)
        limit (int | Unset)
        offset (int | Unset)
    """

    action: PlanChangeAction | Unset = UNSET

    base_plan_action: PlanChangeBasePlanAction | Unset = UNSET

    company_id: str | Unset = UNSET

    company_ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        base_plan_action: str | Unset = UNSET
        if not isinstance(self.base_plan_action, Unset):
            base_plan_action = self.base_plan_action

        company_id = self.company_id

        company_ids: list[str] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if base_plan_action is not UNSET:
            field_dict["base_plan_action"] = base_plan_action
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: PlanChangeAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_plan_change_action(_action)

        _base_plan_action = d.pop("base_plan_action", UNSET)
        base_plan_action: PlanChangeBasePlanAction | Unset
        if isinstance(_base_plan_action, Unset):
            base_plan_action = UNSET
        else:
            base_plan_action = check_plan_change_base_plan_action(_base_plan_action)

        company_id = d.pop("company_id", UNSET)

        company_ids = cast(list[str], d.pop("company_ids", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        list_plan_changes_params = cls(
            action=action,
            base_plan_action=base_plan_action,
            company_id=company_id,
            company_ids=company_ids,
            limit=limit,
            offset=offset,
        )

        list_plan_changes_params.additional_properties = d
        return list_plan_changes_params

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
