from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_icon import PlanIcon, check_plan_icon
from ..models.plan_type import PlanType, check_plan_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePlanRequestBody")


@_attrs_define
class CreatePlanRequestBody:
    """The `CreatePlanRequestBody` object of the API.

    Attributes:
        name (str)
        plan_type (PlanType)
        description (str | Unset)
        icon (None | PlanIcon | Unset)
    """

    name: str

    plan_type: PlanType

    description: str | Unset = UNSET

    icon: None | PlanIcon | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        plan_type: str = self.plan_type

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
                "name": name,
                "plan_type": plan_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        plan_type = check_plan_type(d.pop("plan_type"))

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

        create_plan_request_body = cls(
            name=name,
            plan_type=plan_type,
            description=description,
            icon=icon,
        )

        create_plan_request_body.additional_properties = d
        return create_plan_request_body

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
