from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_auto_topup_availability import (
    BillingCreditAutoTopupAvailability,
    check_billing_credit_auto_topup_availability,
)
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
from ..models.credit_auto_topup_amount_type import CreditAutoTopupAmountType, check_credit_auto_topup_amount_type
from ..models.plan_credit_grant_scaling import PlanCreditGrantScaling, check_plan_credit_grant_scaling
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBillingPlanCreditGrantRequestBody")


@_attrs_define
class UpdateBillingPlanCreditGrantRequestBody:
    """The `UpdateBillingPlanCreditGrantRequestBody` object of the API.

    Attributes:
        reset_cadence (BillingPlanCreditGrantResetCadence)
        reset_start (BillingPlanCreditGrantResetStart)
        apply_to_existing (bool | None | Unset)
        auto_topup_amount (int | None | Unset)
        auto_topup_amount_type (CreditAutoTopupAmountType | None | Unset)
        auto_topup_availability (BillingCreditAutoTopupAvailability | None | Unset)
        auto_topup_enabled (bool | None | Unset)
        auto_topup_expiry_type (BillingCreditExpiryType | None | Unset)
        auto_topup_expiry_unit (BillingCreditExpiryUnit | None | Unset)
        auto_topup_expiry_unit_count (int | None | Unset)
        auto_topup_self_service (bool | None | Unset)
        auto_topup_threshold_credits (int | None | Unset)
        auto_topup_threshold_percent (int | None | Unset)
        can_buy_bundles (bool | None | Unset)
        company_credit_amount (int | None | Unset)
        credit_amount (int | None | Unset)
        expiry_type (BillingCreditExpiryType | None | Unset)
        expiry_unit (BillingCreditExpiryUnit | None | Unset)
        expiry_unit_count (int | None | Unset)
        license_id (None | str | Unset)
        reset_type (BillingPlanCreditGrantResetType | None | Unset)
        rollover_percentage (int | None | Unset)
        scaling (None | PlanCreditGrantScaling | Unset)
    """

    reset_cadence: BillingPlanCreditGrantResetCadence

    reset_start: BillingPlanCreditGrantResetStart

    apply_to_existing: bool | None | Unset = UNSET

    auto_topup_amount: int | None | Unset = UNSET

    auto_topup_amount_type: CreditAutoTopupAmountType | None | Unset = UNSET

    auto_topup_availability: BillingCreditAutoTopupAvailability | None | Unset = UNSET

    auto_topup_enabled: bool | None | Unset = UNSET

    auto_topup_expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    auto_topup_expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    auto_topup_expiry_unit_count: int | None | Unset = UNSET

    auto_topup_self_service: bool | None | Unset = UNSET

    auto_topup_threshold_credits: int | None | Unset = UNSET

    auto_topup_threshold_percent: int | None | Unset = UNSET

    can_buy_bundles: bool | None | Unset = UNSET

    company_credit_amount: int | None | Unset = UNSET

    credit_amount: int | None | Unset = UNSET

    expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    expiry_unit_count: int | None | Unset = UNSET

    license_id: None | str | Unset = UNSET

    reset_type: BillingPlanCreditGrantResetType | None | Unset = UNSET

    rollover_percentage: int | None | Unset = UNSET

    scaling: None | PlanCreditGrantScaling | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reset_cadence: str = self.reset_cadence

        reset_start: str = self.reset_start

        apply_to_existing: bool | None | Unset
        if isinstance(self.apply_to_existing, Unset):
            apply_to_existing = UNSET
        else:
            apply_to_existing = self.apply_to_existing

        auto_topup_amount: int | None | Unset
        if isinstance(self.auto_topup_amount, Unset):
            auto_topup_amount = UNSET
        else:
            auto_topup_amount = self.auto_topup_amount

        auto_topup_amount_type: None | str | Unset
        if isinstance(self.auto_topup_amount_type, Unset):
            auto_topup_amount_type = UNSET
        elif isinstance(self.auto_topup_amount_type, str):
            auto_topup_amount_type = self.auto_topup_amount_type
        else:
            auto_topup_amount_type = self.auto_topup_amount_type

        auto_topup_availability: None | str | Unset
        if isinstance(self.auto_topup_availability, Unset):
            auto_topup_availability = UNSET
        elif isinstance(self.auto_topup_availability, str):
            auto_topup_availability = self.auto_topup_availability
        else:
            auto_topup_availability = self.auto_topup_availability

        auto_topup_enabled: bool | None | Unset
        if isinstance(self.auto_topup_enabled, Unset):
            auto_topup_enabled = UNSET
        else:
            auto_topup_enabled = self.auto_topup_enabled

        auto_topup_expiry_type: None | str | Unset
        if isinstance(self.auto_topup_expiry_type, Unset):
            auto_topup_expiry_type = UNSET
        elif isinstance(self.auto_topup_expiry_type, str):
            auto_topup_expiry_type = self.auto_topup_expiry_type
        else:
            auto_topup_expiry_type = self.auto_topup_expiry_type

        auto_topup_expiry_unit: None | str | Unset
        if isinstance(self.auto_topup_expiry_unit, Unset):
            auto_topup_expiry_unit = UNSET
        elif isinstance(self.auto_topup_expiry_unit, str):
            auto_topup_expiry_unit = self.auto_topup_expiry_unit
        else:
            auto_topup_expiry_unit = self.auto_topup_expiry_unit

        auto_topup_expiry_unit_count: int | None | Unset
        if isinstance(self.auto_topup_expiry_unit_count, Unset):
            auto_topup_expiry_unit_count = UNSET
        else:
            auto_topup_expiry_unit_count = self.auto_topup_expiry_unit_count

        auto_topup_self_service: bool | None | Unset
        if isinstance(self.auto_topup_self_service, Unset):
            auto_topup_self_service = UNSET
        else:
            auto_topup_self_service = self.auto_topup_self_service

        auto_topup_threshold_credits: int | None | Unset
        if isinstance(self.auto_topup_threshold_credits, Unset):
            auto_topup_threshold_credits = UNSET
        else:
            auto_topup_threshold_credits = self.auto_topup_threshold_credits

        auto_topup_threshold_percent: int | None | Unset
        if isinstance(self.auto_topup_threshold_percent, Unset):
            auto_topup_threshold_percent = UNSET
        else:
            auto_topup_threshold_percent = self.auto_topup_threshold_percent

        can_buy_bundles: bool | None | Unset
        if isinstance(self.can_buy_bundles, Unset):
            can_buy_bundles = UNSET
        else:
            can_buy_bundles = self.can_buy_bundles

        company_credit_amount: int | None | Unset
        if isinstance(self.company_credit_amount, Unset):
            company_credit_amount = UNSET
        else:
            company_credit_amount = self.company_credit_amount

        credit_amount: int | None | Unset
        if isinstance(self.credit_amount, Unset):
            credit_amount = UNSET
        else:
            credit_amount = self.credit_amount

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

        license_id: None | str | Unset
        if isinstance(self.license_id, Unset):
            license_id = UNSET
        else:
            license_id = self.license_id

        reset_type: None | str | Unset
        if isinstance(self.reset_type, Unset):
            reset_type = UNSET
        elif isinstance(self.reset_type, str):
            reset_type = self.reset_type
        else:
            reset_type = self.reset_type

        rollover_percentage: int | None | Unset
        if isinstance(self.rollover_percentage, Unset):
            rollover_percentage = UNSET
        else:
            rollover_percentage = self.rollover_percentage

        scaling: None | str | Unset
        if isinstance(self.scaling, Unset):
            scaling = UNSET
        elif isinstance(self.scaling, str):
            scaling = self.scaling
        else:
            scaling = self.scaling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reset_cadence": reset_cadence,
                "reset_start": reset_start,
            }
        )
        if apply_to_existing is not UNSET:
            field_dict["apply_to_existing"] = apply_to_existing
        if auto_topup_amount is not UNSET:
            field_dict["auto_topup_amount"] = auto_topup_amount
        if auto_topup_amount_type is not UNSET:
            field_dict["auto_topup_amount_type"] = auto_topup_amount_type
        if auto_topup_availability is not UNSET:
            field_dict["auto_topup_availability"] = auto_topup_availability
        if auto_topup_enabled is not UNSET:
            field_dict["auto_topup_enabled"] = auto_topup_enabled
        if auto_topup_expiry_type is not UNSET:
            field_dict["auto_topup_expiry_type"] = auto_topup_expiry_type
        if auto_topup_expiry_unit is not UNSET:
            field_dict["auto_topup_expiry_unit"] = auto_topup_expiry_unit
        if auto_topup_expiry_unit_count is not UNSET:
            field_dict["auto_topup_expiry_unit_count"] = auto_topup_expiry_unit_count
        if auto_topup_self_service is not UNSET:
            field_dict["auto_topup_self_service"] = auto_topup_self_service
        if auto_topup_threshold_credits is not UNSET:
            field_dict["auto_topup_threshold_credits"] = auto_topup_threshold_credits
        if auto_topup_threshold_percent is not UNSET:
            field_dict["auto_topup_threshold_percent"] = auto_topup_threshold_percent
        if can_buy_bundles is not UNSET:
            field_dict["can_buy_bundles"] = can_buy_bundles
        if company_credit_amount is not UNSET:
            field_dict["company_credit_amount"] = company_credit_amount
        if credit_amount is not UNSET:
            field_dict["credit_amount"] = credit_amount
        if expiry_type is not UNSET:
            field_dict["expiry_type"] = expiry_type
        if expiry_unit is not UNSET:
            field_dict["expiry_unit"] = expiry_unit
        if expiry_unit_count is not UNSET:
            field_dict["expiry_unit_count"] = expiry_unit_count
        if license_id is not UNSET:
            field_dict["license_id"] = license_id
        if reset_type is not UNSET:
            field_dict["reset_type"] = reset_type
        if rollover_percentage is not UNSET:
            field_dict["rollover_percentage"] = rollover_percentage
        if scaling is not UNSET:
            field_dict["scaling"] = scaling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reset_cadence = check_billing_plan_credit_grant_reset_cadence(d.pop("reset_cadence"))

        reset_start = check_billing_plan_credit_grant_reset_start(d.pop("reset_start"))

        def _parse_apply_to_existing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        apply_to_existing = _parse_apply_to_existing(d.pop("apply_to_existing", UNSET))

        def _parse_auto_topup_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_topup_amount = _parse_auto_topup_amount(d.pop("auto_topup_amount", UNSET))

        def _parse_auto_topup_amount_type(data: object) -> CreditAutoTopupAmountType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_credit_auto_topup_amount_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditAutoTopupAmountType | None | Unset, data)

        auto_topup_amount_type = _parse_auto_topup_amount_type(d.pop("auto_topup_amount_type", UNSET))

        def _parse_auto_topup_availability(data: object) -> BillingCreditAutoTopupAvailability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_auto_topup_availability(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditAutoTopupAvailability | None | Unset, data)

        auto_topup_availability = _parse_auto_topup_availability(d.pop("auto_topup_availability", UNSET))

        def _parse_auto_topup_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_topup_enabled = _parse_auto_topup_enabled(d.pop("auto_topup_enabled", UNSET))

        def _parse_auto_topup_expiry_type(data: object) -> BillingCreditExpiryType | None | Unset:
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

        auto_topup_expiry_type = _parse_auto_topup_expiry_type(d.pop("auto_topup_expiry_type", UNSET))

        def _parse_auto_topup_expiry_unit(data: object) -> BillingCreditExpiryUnit | None | Unset:
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

        auto_topup_expiry_unit = _parse_auto_topup_expiry_unit(d.pop("auto_topup_expiry_unit", UNSET))

        def _parse_auto_topup_expiry_unit_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_topup_expiry_unit_count = _parse_auto_topup_expiry_unit_count(d.pop("auto_topup_expiry_unit_count", UNSET))

        def _parse_auto_topup_self_service(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_topup_self_service = _parse_auto_topup_self_service(d.pop("auto_topup_self_service", UNSET))

        def _parse_auto_topup_threshold_credits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_topup_threshold_credits = _parse_auto_topup_threshold_credits(d.pop("auto_topup_threshold_credits", UNSET))

        def _parse_auto_topup_threshold_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_topup_threshold_percent = _parse_auto_topup_threshold_percent(d.pop("auto_topup_threshold_percent", UNSET))

        def _parse_can_buy_bundles(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_buy_bundles = _parse_can_buy_bundles(d.pop("can_buy_bundles", UNSET))

        def _parse_company_credit_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        company_credit_amount = _parse_company_credit_amount(d.pop("company_credit_amount", UNSET))

        def _parse_credit_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credit_amount = _parse_credit_amount(d.pop("credit_amount", UNSET))

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

        def _parse_license_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_id = _parse_license_id(d.pop("license_id", UNSET))

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

        def _parse_rollover_percentage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rollover_percentage = _parse_rollover_percentage(d.pop("rollover_percentage", UNSET))

        def _parse_scaling(data: object) -> None | PlanCreditGrantScaling | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_plan_credit_grant_scaling(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlanCreditGrantScaling | Unset, data)

        scaling = _parse_scaling(d.pop("scaling", UNSET))

        update_billing_plan_credit_grant_request_body = cls(
            reset_cadence=reset_cadence,
            reset_start=reset_start,
            apply_to_existing=apply_to_existing,
            auto_topup_amount=auto_topup_amount,
            auto_topup_amount_type=auto_topup_amount_type,
            auto_topup_availability=auto_topup_availability,
            auto_topup_enabled=auto_topup_enabled,
            auto_topup_expiry_type=auto_topup_expiry_type,
            auto_topup_expiry_unit=auto_topup_expiry_unit,
            auto_topup_expiry_unit_count=auto_topup_expiry_unit_count,
            auto_topup_self_service=auto_topup_self_service,
            auto_topup_threshold_credits=auto_topup_threshold_credits,
            auto_topup_threshold_percent=auto_topup_threshold_percent,
            can_buy_bundles=can_buy_bundles,
            company_credit_amount=company_credit_amount,
            credit_amount=credit_amount,
            expiry_type=expiry_type,
            expiry_unit=expiry_unit,
            expiry_unit_count=expiry_unit_count,
            license_id=license_id,
            reset_type=reset_type,
            rollover_percentage=rollover_percentage,
            scaling=scaling,
        )

        update_billing_plan_credit_grant_request_body.additional_properties = d
        return update_billing_plan_credit_grant_request_body

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
