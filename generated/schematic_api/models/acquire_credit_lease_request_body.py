from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AcquireCreditLeaseRequestBody")


@_attrs_define
class AcquireCreditLeaseRequestBody:
    """The `AcquireCreditLeaseRequestBody` object of the API.

    Attributes:
        company_id (str)
        credit_type_id (str)
        requested_amount (float)
        expires_at (datetime.datetime | None | Unset)
    """

    company_id: str

    credit_type_id: str

    requested_amount: float

    expires_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        credit_type_id = self.credit_type_id

        requested_amount = self.requested_amount

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "credit_type_id": credit_type_id,
                "requested_amount": requested_amount,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        credit_type_id = d.pop("credit_type_id")

        requested_amount = d.pop("requested_amount")

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
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

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        acquire_credit_lease_request_body = cls(
            company_id=company_id,
            credit_type_id=credit_type_id,
            requested_amount=requested_amount,
            expires_at=expires_at,
        )

        acquire_credit_lease_request_body.additional_properties = d
        return acquire_credit_lease_request_body

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
