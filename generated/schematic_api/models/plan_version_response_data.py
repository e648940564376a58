from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_icon import PlanIcon, check_plan_icon
from ..models.plan_type import PlanType, check_plan_type
from ..models.plan_version_status import PlanVersionStatus, check_plan_version_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PlanVersionResponseData")


@_attrs_define
class PlanVersionResponseData:
    """The `PlanVersionResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        description (str)
        environment_id (str)
        icon (PlanIcon)
        id (str)
        name (str)
        plan_type (PlanType)
        status (PlanVersionStatus)
        updated_at (datetime.datetime)
        version (int)
        original_plan_id (None | str | Unset)
        renewal_policy (str | Unset): auto_renew, expire_to_default or hold_with_grace
    """

    created_at: datetime.datetime

    description: str

    environment_id: str

    icon: PlanIcon

    id: str

    name: str

    plan_type: PlanType

    status: PlanVersionStatus

    updated_at: datetime.datetime

    version: int

    original_plan_id: None | str | Unset = UNSET

    renewal_policy: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        environment_id = self.environment_id

        icon: str = self.icon

        id = self.id

        name = self.name

        plan_type: str = self.plan_type

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        version = self.version

        original_plan_id: None | str | Unset
        if isinstance(self.original_plan_id, Unset):
            original_plan_id = UNSET
        else:
            original_plan_id = self.original_plan_id

        renewal_policy = self.renewal_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "environment_id": environment_id,
                "icon": icon,
                "id": id,
                "name": name,
                "plan_type": plan_type,
                "status": status,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if original_plan_id is not UNSET:
            field_dict["original_plan_id"] = original_plan_id
        if renewal_policy is not UNSET:
            field_dict["renewal_policy"] = renewal_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        description = d.pop("description")

        environment_id = d.pop("environment_id")

        icon = check_plan_icon(d.pop("icon"))

        id = d.pop("id")

        name = d.pop("name")

        plan_type = check_plan_type(d.pop("plan_type"))

        status = check_plan_version_status(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_original_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_plan_id = _parse_original_plan_id(d.pop("original_plan_id", UNSET))

        renewal_policy = d.pop("renewal_policy", UNSET)

        plan_version_response_data = cls(
            created_at=created_at,
            description=description,
            environment_id=environment_id,
            icon=icon,
            id=id,
            name=name,
            plan_type=plan_type,
            status=status,
            updated_at=updated_at,
            version=version,
            original_plan_id=original_plan_id,
            renewal_policy=renewal_policy,
        )

        plan_version_response_data.additional_properties = d
        return plan_version_response_data

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
