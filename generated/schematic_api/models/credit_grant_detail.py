from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_grant_reason import BillingCreditGrantReason, check_billing_credit_grant_reason
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CreditGrantDetail")


@_attrs_define
class CreditGrantDetail:
    """The `CreditGrantDetail` object of the API.

    Attributes:
        grant_reason (BillingCreditGrantReason)
        quantity (float)
        credit_type_icon (None | str | Unset)
        expires_at (datetime.datetime | None | Unset)
    """

    grant_reason: BillingCreditGrantReason

    quantity: float

    credit_type_icon: None | str | Unset = UNSET

    expires_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_reason: str = self.grant_reason

        quantity = self.quantity

        credit_type_icon: None | str | Unset
        if isinstance(self.credit_type_icon, Unset):
            credit_type_icon = UNSET
        else:
            credit_type_icon = self.credit_type_icon

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
                "grant_reason": grant_reason,
                "quantity": quantity,
            }
        )
        if credit_type_icon is not UNSET:
            field_dict["credit_type_icon"] = credit_type_icon
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_reason = check_billing_credit_grant_reason(d.pop("grant_reason"))

        quantity = d.pop("quantity")

        def _parse_credit_type_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_type_icon = _parse_credit_type_icon(d.pop("credit_type_icon", UNSET))

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

        credit_grant_detail = cls(
            grant_reason=grant_reason,
            quantity=quantity,
            credit_type_icon=credit_type_icon,
            expires_at=expires_at,
        )

        credit_grant_detail.additional_properties = d
        return credit_grant_detail

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
