from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogPlanIDsResponseData")


@_attrs_define
class CatalogPlanIDsResponseData:
    """The `CatalogPlanIDsResponseData` object of the API.

    Attributes:
        plan_ids (list[str])
    """

    plan_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_ids = self.plan_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_ids": plan_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_ids = cast(list[str], d.pop("plan_ids"))

        catalog_plan_i_ds_response_data = cls(
            plan_ids=plan_ids,
        )

        catalog_plan_i_ds_response_data.additional_properties = d
        return catalog_plan_i_ds_response_data

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
