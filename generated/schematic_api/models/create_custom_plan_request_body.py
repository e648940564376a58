from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_icon import PlanIcon, check_plan_icon
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomPlanRequestBody")


@_attrs_define
class CreateCustomPlanRequestBody:
    """The `CreateCustomPlanRequestBody` object of the API.

    Attributes:
        company_id (str)
        name (str)
        copied_from_plan_id (None | str | Unset)
        copied_price_id (None | str | Unset)
        description (str | Unset)
        icon (None | PlanIcon | Unset)
    """

    company_id: str

    name: str

    copied_from_plan_id: None | str | Unset = UNSET

    copied_price_id: None | str | Unset = UNSET

    description: str | Unset = UNSET

    icon: None | PlanIcon | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        name = self.name

        copied_from_plan_id: None | str | Unset
        if isinstance(self.copied_from_plan_id, Unset):
            copied_from_plan_id = UNSET
        else:
            copied_from_plan_id = self.copied_from_plan_id

        copied_price_id: None | str | Unset
        if isinstance(self.copied_price_id, Unset):
            copied_price_id = UNSET
        else:
            copied_price_id = self.copied_price_id

        description = self.description

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        elif isinstance(self.icon, str):
            icon = self.icon
        else:
            icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "name": name,
            }
        )
        if copied_from_plan_id is not UNSET:
            field_dict["copied_from_plan_id"] = copied_from_plan_id
        if copied_price_id is not UNSET:
            field_dict["copied_price_id"] = copied_price_id
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        name = d.pop("name")

        def _parse_copied_from_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copied_from_plan_id = _parse_copied_from_plan_id(d.pop("copied_from_plan_id", UNSET))

        def _parse_copied_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copied_price_id = _parse_copied_price_id(d.pop("copied_price_id", UNSET))

        description = d.pop("description", UNSET)

        def _parse_icon(data: object) -> None | PlanIcon | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_plan_icon(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlanIcon | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        create_custom_plan_request_body = cls(
            company_id=company_id,
            name=name,
            copied_from_plan_id=copied_from_plan_id,
            copied_price_id=copied_price_id,
            description=description,
            icon=icon,
        )

        create_custom_plan_request_body.additional_properties = d
        return create_custom_plan_request_body

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
