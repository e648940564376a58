from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdatePlanTraitTraitRequestBody")


@_attrs_define
class UpdatePlanTraitTraitRequestBody:
    """The `UpdatePlanTraitTraitRequestBody` object of the API.

    Attributes:
        trait_id (str)
        trait_value (str)
    """

    trait_id: str

    trait_value: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trait_id = self.trait_id

        trait_value = self.trait_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trait_id": trait_id,
                "trait_value": trait_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trait_id = d.pop("trait_id")

        trait_value = d.pop("trait_value")

        update_plan_trait_trait_request_body = cls(
            trait_id=trait_id,
            trait_value=trait_value,
        )

        update_plan_trait_trait_request_body.additional_properties = d
        return update_plan_trait_trait_request_body

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
