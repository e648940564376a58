from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_expiry_type import BillingCreditExpiryType, check_billing_credit_expiry_type
from ..models.billing_credit_expiry_unit import BillingCreditExpiryUnit, check_billing_credit_expiry_unit
from ..models.billing_plan_credit_grant_reset_cadence import (
    BillingPlanCreditGrantResetCadence,
    check_billing_plan_credit_grant_reset_cadence,
)
from ..models.billing_plan_credit_grant_reset_start import (
    BillingPlanCreditGrantResetStart,
    check_billing_plan_credit_grant_reset_start,
)
from ..models.billing_plan_credit_grant_reset_type import (
    BillingPlanCreditGrantResetType,
    check_billing_plan_credit_grant_reset_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditGrantExpiryRequestBody")


@_attrs_define
class CreditGrantExpiryRequestBody:
    """The `CreditGrantExpiryRequestBody` object of the API.

    Attributes:
        reset_cadence (BillingPlanCreditGrantResetCadence)
        reset_start (BillingPlanCreditGrantResetStart)
        expiry_type (BillingCreditExpiryType | None | Unset)
        expiry_unit (BillingCreditExpiryUnit | None | Unset)
        expiry_unit_count (int | None | Unset)
        reset_type (BillingPlanCreditGrantResetType | None | Unset)
    """

    reset_cadence: BillingPlanCreditGrantResetCadence

    reset_start: BillingPlanCreditGrantResetStart

    expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    expiry_unit_count: int | None | Unset = UNSET

    reset_type: BillingPlanCreditGrantResetType | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reset_cadence: str = self.reset_cadence

        reset_start: str = self.reset_start

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

        reset_type: None | str | Unset
        if isinstance(self.reset_type, Unset):
            reset_type = UNSET
        elif isinstance(self.reset_type, str):
            reset_type = self.reset_type
        else:
            reset_type = self.reset_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reset_cadence": reset_cadence,
                "reset_start": reset_start,
            }
        )
        if expiry_type is not UNSET:
            field_dict["expiry_type"] = expiry_type
        if expiry_unit is not UNSET:
            field_dict["expiry_unit"] = expiry_unit
        if expiry_unit_count is not UNSET:
            field_dict["expiry_unit_count"] = expiry_unit_count
        if reset_type is not UNSET:
            field_dict["reset_type"] = reset_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reset_cadence = check_billing_plan_credit_grant_reset_cadence(d.pop("reset_cadence"))

        reset_start = check_billing_plan_credit_grant_reset_start(d.pop("reset_start"))

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

        def _parse_reset_type(data: object) -> BillingPlanCreditGrantResetType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_plan_credit_grant_reset_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingPlanCreditGrantResetType | None | Unset, data)

        reset_type = _parse_reset_type(d.pop("reset_type", UNSET))

        credit_grant_expiry_request_body = cls(
            reset_cadence=reset_cadence,
            reset_start=reset_start,
            expiry_type=expiry_type,
            expiry_unit=expiry_unit,
            expiry_unit_count=expiry_unit_count,
            reset_type=reset_type,
        )

        credit_grant_expiry_request_body.additional_properties = d
        return credit_grant_expiry_request_body

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
