from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_icon import PlanIcon, check_plan_icon
from ..models.plan_type import PlanType, check_plan_type
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PlanResponseData")


@_attrs_define
class PlanResponseData:
    """The `PlanResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        description (str)
        icon (PlanIcon)
        id (str)
        name (str)
        plan_type (PlanType)
        updated_at (datetime.datetime)
        audience_type (None | str | Unset)
        company_id (None | str | Unset)
        copied_from_plan_id (None | str | Unset)
    """

    created_at: datetime.datetime

    description: str

    icon: PlanIcon

    id: str

    name: str

    plan_type: PlanType

    updated_at: datetime.datetime

    audience_type: None | str | Unset = UNSET

    company_id: None | str | Unset = UNSET

    copied_from_plan_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        icon: str = self.icon

        id = self.id

        name = self.name

        plan_type: str = self.plan_type

        updated_at = self.updated_at.isoformat()

        audience_type: None | str | Unset
        if isinstance(self.audience_type, Unset):
            audience_type = UNSET
        else:
            audience_type = self.audience_type

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        copied_from_plan_id: None | str | Unset
        if isinstance(self.copied_from_plan_id, Unset):
            copied_from_plan_id = UNSET
        else:
            copied_from_plan_id = self.copied_from_plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "icon": icon,
                "id": id,
                "name": name,
                "plan_type": plan_type,
                "updated_at": updated_at,
            }
        )
        if audience_type is not UNSET:
            field_dict["audience_type"] = audience_type
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if copied_from_plan_id is not UNSET:
            field_dict["copied_from_plan_id"] = copied_from_plan_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        description = d.pop("description")

        icon = check_plan_icon(d.pop("icon"))

        id = d.pop("id")

        name = d.pop("name")

        plan_type = check_plan_type(d.pop("plan_type"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_audience_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audience_type = _parse_audience_type(d.pop("audience_type", UNSET))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_copied_from_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copied_from_plan_id = _parse_copied_from_plan_id(d.pop("copied_from_plan_id", UNSET))

        plan_response_data = cls(
            created_at=created_at,
            description=description,
            icon=icon,
            id=id,
            name=name,
            plan_type=plan_type,
            updated_at=updated_at,
            audience_type=audience_type,
            company_id=company_id,
            copied_from_plan_id=copied_from_plan_id,
        )

        plan_response_data.additional_properties = d
        return plan_response_data

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
