from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="PlanTraitResponseData")


@_attrs_define
class PlanTraitResponseData:
    """The `PlanTraitResponseData` object of the API.

    Attributes:
        account_id (str)
        created_at (datetime.datetime)
        environment_id (str)
        id (str)
        plan_id (str)
        plan_type (str)
        trait_id (str)
        trait_value (str)
        updated_at (datetime.datetime)
    """

    account_id: str

    created_at: datetime.datetime

    environment_id: str

    id: str

    plan_id: str

    plan_type: str

    trait_id: str

    trait_value: str

    updated_at: datetime.datetime

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        id = self.id

        plan_id = self.plan_id

        plan_type = self.plan_type

        trait_id = self.trait_id

        trait_value = self.trait_value

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "created_at": created_at,
                "environment_id": environment_id,
                "id": id,
                "plan_id": plan_id,
                "plan_type": plan_type,
                "trait_id": trait_id,
                "trait_value": trait_value,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        created_at = parse_datetime(d.pop("created_at"))

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        plan_id = d.pop("plan_id")

        plan_type = d.pop("plan_type")

        trait_id = d.pop("trait_id")

        trait_value = d.pop("trait_value")

        updated_at = parse_datetime(d.pop("updated_at"))

        plan_trait_response_data = cls(
            account_id=account_id,
            created_at=created_at,
            environment_id=environment_id,
            id=id,
            plan_id=plan_id,
            plan_type=plan_type,
            trait_id=trait_id,
            trait_value=trait_value,
            updated_at=updated_at,
        )

        plan_trait_response_data.additional_properties = d
        return plan_trait_response_data

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
