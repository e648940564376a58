from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPlanIssuesParams")


@_attrs_define
class ListPlanIssuesParams:
    """The parameters listPlanIssues was called with

    Attributes:
        plan_id (str | Unset)
        plan_version_id (str | Unset)
    """

    plan_id: str | Unset = UNSET

    plan_version_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        plan_version_id = self.plan_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = d.pop("plan_id", UNSET)

        plan_version_id = d.pop("plan_version_id", UNSET)

        list_plan_issues_params = cls(
            plan_id=plan_id,
            plan_version_id=plan_version_id,
        )

        list_plan_issues_params.additional_properties = d
        return list_plan_issues_params

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
