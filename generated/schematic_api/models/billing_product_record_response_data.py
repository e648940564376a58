from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import parse_datetime

T = TypeVar("T", bound="BillingProductRecordResponseData")


@_attrs_define
class BillingProductRecordResponseData:
    """The `BillingProductRecordResponseData` object of the API.

    Attributes:
        account_id (str)
        created_at (datetime.datetime)
        environment_id (str)
        external_id (str)
        id (str)
        is_active (bool)
        name (str)
        provider_type (BillingProviderType)
        updated_at (datetime.datetime)
    """

    account_id: str

    created_at: datetime.datetime

    environment_id: str

    external_id: str

    id: str

    is_active: bool

    name: str

    provider_type: BillingProviderType

    updated_at: datetime.datetime

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        external_id = self.external_id

        id = self.id

        is_active = self.is_active

        name = self.name

        provider_type: str = self.provider_type

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "created_at": created_at,
                "environment_id": environment_id,
                "external_id": external_id,
                "id": id,
                "is_active": is_active,
                "name": name,
                "provider_type": provider_type,
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

        external_id = d.pop("external_id")

        id = d.pop("id")

        is_active = d.pop("is_active")

        name = d.pop("name")

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        updated_at = parse_datetime(d.pop("updated_at"))

        billing_product_record_response_data = cls(
            account_id=account_id,
            created_at=created_at,
            environment_id=environment_id,
            external_id=external_id,
            id=id,
            is_active=is_active,
            name=name,
            provider_type=provider_type,
            updated_at=updated_at,
        )

        billing_product_record_response_data.additional_properties = d
        return billing_product_record_response_data

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
