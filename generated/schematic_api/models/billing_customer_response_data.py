from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BillingCustomerResponseData")


@_attrs_define
class BillingCustomerResponseData:
    """The `BillingCustomerResponseData` object of the API.

    Attributes:
        email (str)
        external_id (str)
        id (str)
        name (str)
        provider_type (BillingProviderType)
        updated_at (datetime.datetime)
        company_id (None | str | Unset)
        deleted_at (datetime.datetime | None | Unset)
    """

    email: str

    external_id: str

    id: str

    name: str

    provider_type: BillingProviderType

    updated_at: datetime.datetime

    company_id: None | str | Unset = UNSET

    deleted_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        external_id = self.external_id

        id = self.id

        name = self.name

        provider_type: str = self.provider_type

        updated_at = self.updated_at.isoformat()

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "external_id": external_id,
                "id": id,
                "name": name,
                "provider_type": provider_type,
                "updated_at": updated_at,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        external_id = d.pop("external_id")

        id = d.pop("id")

        name = d.pop("name")

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        billing_customer_response_data = cls(
            email=email,
            external_id=external_id,
            id=id,
            name=name,
            provider_type=provider_type,
            updated_at=updated_at,
            company_id=company_id,
            deleted_at=deleted_at,
        )

        billing_customer_response_data.additional_properties = d
        return billing_customer_response_data

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
