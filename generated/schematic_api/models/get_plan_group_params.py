from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPlanGroupParams")


@_attrs_define
class GetPlanGroupParams:
    """The parameters getPlanGroup was called with

    Attributes:
        include_company_counts (bool | Unset)
    """

    include_company_counts: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_company_counts = self.include_company_counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_company_counts is not UNSET:
            field_dict["include_company_counts"] = include_company_counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_company_counts = d.pop("include_company_counts", UNSET)

        get_plan_group_params = cls(
            include_company_counts=include_company_counts,
        )

        get_plan_group_params.additional_properties = d
        return get_plan_group_params

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
