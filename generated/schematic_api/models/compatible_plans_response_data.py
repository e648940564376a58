from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompatiblePlansResponseData")


@_attrs_define
class CompatiblePlansResponseData:
    """The `CompatiblePlansResponseData` object of the API.

    Attributes:
        compatible_plan_ids (list[str])
        source_plan_id (str)
    """

    compatible_plan_ids: list[str]

    source_plan_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compatible_plan_ids = self.compatible_plan_ids

        source_plan_id = self.source_plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compatible_plan_ids": compatible_plan_ids,
                "source_plan_id": source_plan_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compatible_plan_ids = cast(list[str], d.pop("compatible_plan_ids"))

        source_plan_id = d.pop("source_plan_id")

        compatible_plans_response_data = cls(
            compatible_plan_ids=compatible_plan_ids,
            source_plan_id=source_plan_id,
        )

        compatible_plans_response_data.additional_properties = d
        return compatible_plans_response_data

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
