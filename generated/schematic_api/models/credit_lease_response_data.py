from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CreditLeaseResponseData")


@_attrs_define
class CreditLeaseResponseData:
    """The `CreditLeaseResponseData` object of the API.

    Attributes:
        company_id (str)
        created_at (datetime.datetime)
        credit_type_id (str)
        expires_at (datetime.datetime)
        granted_amount (float)
        id (str)
        updated_at (datetime.datetime)
        released_at (datetime.datetime | None | Unset)
        tracked_amount (float | Unset)
    """

    company_id: str

    created_at: datetime.datetime

    credit_type_id: str

    expires_at: datetime.datetime

    granted_amount: float

    id: str

    updated_at: datetime.datetime

    released_at: datetime.datetime | None | Unset = UNSET

    tracked_amount: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        created_at = self.created_at.isoformat()

        credit_type_id = self.credit_type_id

        expires_at = self.expires_at.isoformat()

        granted_amount = self.granted_amount

        id = self.id

        updated_at = self.updated_at.isoformat()

        released_at: None | str | Unset
        if isinstance(self.released_at, Unset):
            released_at = UNSET
        elif isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        tracked_amount = self.tracked_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "created_at": created_at,
                "credit_type_id": credit_type_id,
                "expires_at": expires_at,
                "granted_amount": granted_amount,
                "id": id,
                "updated_at": updated_at,
            }
        )
        if released_at is not UNSET:
            field_dict["released_at"] = released_at
        if tracked_amount is not UNSET:
            field_dict["tracked_amount"] = tracked_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        created_at = parse_datetime(d.pop("created_at"))

        credit_type_id = d.pop("credit_type_id")

        expires_at = parse_datetime(d.pop("expires_at"))

        granted_amount = d.pop("granted_amount")

        id = d.pop("id")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_released_at(data: object) -> datetime.datetime | None | Unset:
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

        released_at = _parse_released_at(d.pop("released_at", UNSET))

        tracked_amount = d.pop("tracked_amount", UNSET)

        credit_lease_response_data = cls(
            company_id=company_id,
            created_at=created_at,
            credit_type_id=credit_type_id,
            expires_at=expires_at,
            granted_amount=granted_amount,
            id=id,
            updated_at=updated_at,
            released_at=released_at,
            tracked_amount=tracked_amount,
        )

        credit_lease_response_data.additional_properties = d
        return credit_lease_response_data

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
