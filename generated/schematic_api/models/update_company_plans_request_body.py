from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCompanyPlansRequestBody")


@_attrs_define
class UpdateCompanyPlansRequestBody:
    """The `UpdateCompanyPlansRequestBody` object of the API.

    Attributes:
        add_on_ids (list[str])
        base_plan_id (None | str | Unset)
    """

    add_on_ids: list[str]

    base_plan_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_on_ids = self.add_on_ids

        base_plan_id: None | str | Unset
        if isinstance(self.base_plan_id, Unset):
            base_plan_id = UNSET
        else:
            base_plan_id = self.base_plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_on_ids": add_on_ids,
            }
        )
        if base_plan_id is not UNSET:
            field_dict["base_plan_id"] = base_plan_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add_on_ids = cast(list[str], d.pop("add_on_ids"))

        def _parse_base_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_plan_id = _parse_base_plan_id(d.pop("base_plan_id", UNSET))

        update_company_plans_request_body = cls(
            add_on_ids=add_on_ids,
            base_plan_id=base_plan_id,
        )

        update_company_plans_request_body.additional_properties = d
        return update_company_plans_request_body

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
