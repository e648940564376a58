from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletePlanVersionParams")


@_attrs_define
class DeletePlanVersionParams:
    """The parameters deletePlanVersion was called with

    Attributes:
        promote_archived_version (bool | Unset)
    """

    promote_archived_version: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        promote_archived_version = self.promote_archived_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if promote_archived_version is not UNSET:
            field_dict["promote_archived_version"] = promote_archived_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        promote_archived_version = d.pop("promote_archived_version", UNSET)

        delete_plan_version_params = cls(
            promote_archived_version=promote_archived_version,
        )

        delete_plan_version_params.additional_properties = d
        return delete_plan_version_params

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
