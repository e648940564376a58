from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_expiry_type import BillingCreditExpiryType, check_billing_credit_expiry_type
from ..models.billing_credit_expiry_unit import BillingCreditExpiryUnit, check_billing_credit_expiry_unit
from ..models.billing_credit_grant_reason import BillingCreditGrantReason, check_billing_credit_grant_reason
from ..models.billing_plan_credit_grant_reset_start import (
    BillingPlanCreditGrantResetStart,
    check_billing_plan_credit_grant_reset_start,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CreateCompanyCreditGrant")


@_attrs_define
class CreateCompanyCreditGrant:
    """The `CreateCompanyCreditGrant` object of the API.

    Attributes:
        company_id (str)
        credit_id (str)
        quantity (int)
        reason (BillingCreditGrantReason)
        billing_periods_count (int | None | Unset)
        currency (None | str | Unset)
        expires_at (datetime.datetime | None | Unset)
        expiry_type (BillingCreditExpiryType | None | Unset)
        expiry_unit (BillingCreditExpiryUnit | None | Unset)
        expiry_unit_count (int | None | Unset)
        renewal_enabled (bool | None | Unset)
        renewal_period (BillingPlanCreditGrantResetStart | None | Unset)
    """

    company_id: str

    credit_id: str

    quantity: int

    reason: BillingCreditGrantReason

    billing_periods_count: int | None | Unset = UNSET

    currency: None | str | Unset = UNSET

    expires_at: datetime.datetime | None | Unset = UNSET

    expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    expiry_unit_count: int | None | Unset = UNSET

    renewal_enabled: bool | None | Unset = UNSET

    renewal_period: BillingPlanCreditGrantResetStart | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        credit_id = self.credit_id

        quantity = self.quantity

        reason: str = self.reason

        billing_periods_count: int | None | Unset
        if isinstance(self.billing_periods_count, Unset):
            billing_periods_count = UNSET
        else:
            billing_periods_count = self.billing_periods_count

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        expiry_type: None | str | Unset
        if isinstance(self.expiry_type, Unset):
            expiry_type = UNSET
        elif isinstance(self.expiry_type, str):
            expiry_type = self.expiry_type
        else:
            expiry_type = self.expiry_type

        expiry_unit: None | str | Unset
        if isinstance(self.expiry_unit, Unset):
            expiry_unit = UNSET
        elif isinstance(self.expiry_unit, str):
            expiry_unit = self.expiry_unit
        else:
            expiry_unit = self.expiry_unit

        expiry_unit_count: int | None | Unset
        if isinstance(self.expiry_unit_count, Unset):
            expiry_unit_count = UNSET
        else:
            expiry_unit_count = self.expiry_unit_count

        renewal_enabled: bool | None | Unset
        if isinstance(self.renewal_enabled, Unset):
            renewal_enabled = UNSET
        else:
            renewal_enabled = self.renewal_enabled

        renewal_period: None | str | Unset
        if isinstance(self.renewal_period, Unset):
            renewal_period = UNSET
        elif isinstance(self.renewal_period, str):
            renewal_period = self.renewal_period
        else:
            renewal_period = self.renewal_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "credit_id": credit_id,
                "quantity": quantity,
                "reason": reason,
            }
        )
        if billing_periods_count is not UNSET:
            field_dict["billing_periods_count"] = billing_periods_count
        if currency is not UNSET:
            field_dict["currency"] = currency
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if expiry_type is not UNSET:
            field_dict["expiry_type"] = expiry_type
        if expiry_unit is not UNSET:
            field_dict["expiry_unit"] = expiry_unit
        if expiry_unit_count is not UNSET:
            field_dict["expiry_unit_count"] = expiry_unit_count
        if renewal_enabled is not UNSET:
            field_dict["renewal_enabled"] = renewal_enabled
        if renewal_period is not UNSET:
            field_dict["renewal_period"] = renewal_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        credit_id = d.pop("credit_id")

        quantity = d.pop("quantity")

        reason = check_billing_credit_grant_reason(d.pop("reason"))

        def _parse_billing_periods_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_periods_count = _parse_billing_periods_count(d.pop("billing_periods_count", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

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

        def _parse_expiry_type(data: object) -> BillingCreditExpiryType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_expiry_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditExpiryType | None | Unset, data)

        expiry_type = _parse_expiry_type(d.pop("expiry_type", UNSET))

        def _parse_expiry_unit(data: object) -> BillingCreditExpiryUnit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_expiry_unit(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditExpiryUnit | None | Unset, data)

        expiry_unit = _parse_expiry_unit(d.pop("expiry_unit", UNSET))

        def _parse_expiry_unit_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiry_unit_count = _parse_expiry_unit_count(d.pop("expiry_unit_count", UNSET))

        def _parse_renewal_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        renewal_enabled = _parse_renewal_enabled(d.pop("renewal_enabled", UNSET))

        def _parse_renewal_period(data: object) -> BillingPlanCreditGrantResetStart | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_plan_credit_grant_reset_start(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingPlanCreditGrantResetStart | None | Unset, data)

        renewal_period = _parse_renewal_period(d.pop("renewal_period", UNSET))

        create_company_credit_grant = cls(
            company_id=company_id,
            credit_id=credit_id,
            quantity=quantity,
            reason=reason,
            billing_periods_count=billing_periods_count,
            currency=currency,
            expires_at=expires_at,
            expiry_type=expiry_type,
            expiry_unit=expiry_unit,
            expiry_unit_count=expiry_unit_count,
            renewal_enabled=renewal_enabled,
            renewal_period=renewal_period,
        )

        create_company_credit_grant.additional_properties = d
        return create_company_credit_grant

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
