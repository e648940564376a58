from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
from ..models.plan_credit_grant_scaling import PlanCreditGrantScaling, check_plan_credit_grant_scaling
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_credit_view import BillingCreditView
    from ..models.generic_preview_object import GenericPreviewObject


T = TypeVar("T", bound="CompanyPlanCreditGrantView")


def _convert_credit(value: BillingCreditView | Unset | Mapping[str, Any]) -> BillingCreditView | Unset:
    return cast("BillingCreditView | Unset", as_model(value, ".billing_credit_view", "BillingCreditView", __package__))


def _convert_plan(value: GenericPreviewObject | Unset | Mapping[str, Any]) -> GenericPreviewObject | Unset:
    return cast(
        "GenericPreviewObject | Unset", as_model(value, ".generic_preview_object", "GenericPreviewObject", __package__)
    )


@_attrs_define
class CompanyPlanCreditGrantView:
    """The `CompanyPlanCreditGrantView` object of the API.

    Attributes:
        billing_credit_auto_topup_enabled (bool)
        billing_credit_auto_topup_self_service (bool)
        billing_credit_can_buy_bundles (bool)
        company_credit_amount (int)
        created_at (datetime.datetime)
        credit_amount (int)
        credit_description (str)
        credit_id (str)
        credit_name (str)
        id (str)
        plan_id (str)
        reset_type (BillingPlanCreditGrantResetType)
        rollover_percentage (int)
        scaling (PlanCreditGrantScaling)
        updated_at (datetime.datetime)
        billing_credit_auto_topup_amount (int | None | Unset)
        billing_credit_auto_topup_amount_type (None | str | Unset)
        billing_credit_auto_topup_availability (BillingCreditAutoTopupAvailability | None | Unset)
        billing_credit_auto_topup_expiry_type (BillingCreditExpiryType | None | Unset)
        billing_credit_auto_topup_expiry_unit (BillingCreditExpiryUnit | None | Unset)
        billing_credit_auto_topup_expiry_unit_count (int | None | Unset)
        billing_credit_auto_topup_threshold_credits (int | None | Unset)
        billing_credit_auto_topup_threshold_percent (int | None | Unset)
        company_auto_topup_amount (int | None | Unset)
        company_auto_topup_enabled (bool | None | Unset)
        company_auto_topup_threshold_credits (int | None | Unset)
        credit (BillingCreditView | Unset)
        credit_icon (None | str | Unset)
        expiry_type (BillingCreditExpiryType | None | Unset)
        expiry_unit (BillingCreditExpiryUnit | None | Unset)
        expiry_unit_count (int | None | Unset)
        license_id (None | str | Unset)
        plan (GenericPreviewObject | Unset)
        plan_version_id (None | str | Unset)
        plural_name (None | str | Unset)
        reset_cadence (BillingPlanCreditGrantResetCadence | None | Unset)
        reset_start (BillingPlanCreditGrantResetStart | None | Unset)
        singular_name (None | str | Unset)
        billing_credit_postpaid_enabled (bool | Unset)
        billing_mode (str | Unset): granted or billed
    """

    billing_credit_auto_topup_enabled: bool

    billing_credit_auto_topup_self_service: bool

    billing_credit_can_buy_bundles: bool

    company_credit_amount: int

    created_at: datetime.datetime

    credit_amount: int

    credit_description: str

    credit_id: str

    credit_name: str

    id: str

    plan_id: str

    reset_type: BillingPlanCreditGrantResetType

    rollover_percentage: int

    scaling: PlanCreditGrantScaling

    updated_at: datetime.datetime

    billing_credit_auto_topup_amount: int | None | Unset = UNSET

    billing_credit_auto_topup_amount_type: None | str | Unset = UNSET

    billing_credit_auto_topup_availability: BillingCreditAutoTopupAvailability | None | Unset = UNSET

    billing_credit_auto_topup_expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    billing_credit_auto_topup_expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    billing_credit_auto_topup_expiry_unit_count: int | None | Unset = UNSET

    billing_credit_auto_topup_threshold_credits: int | None | Unset = UNSET

    billing_credit_auto_topup_threshold_percent: int | None | Unset = UNSET

    company_auto_topup_amount: int | None | Unset = UNSET

    company_auto_topup_enabled: bool | None | Unset = UNSET

    company_auto_topup_threshold_credits: int | None | Unset = UNSET

    credit: BillingCreditView | Unset = _attrs_field(default=UNSET, converter=_convert_credit)

    credit_icon: None | str | Unset = UNSET

    expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    expiry_unit_count: int | None | Unset = UNSET

    license_id: None | str | Unset = UNSET

    plan: GenericPreviewObject | Unset = _attrs_field(default=UNSET, converter=_convert_plan)

    plan_version_id: None | str | Unset = UNSET

    plural_name: None | str | Unset = UNSET

    reset_cadence: BillingPlanCreditGrantResetCadence | None | Unset = UNSET

    reset_start: BillingPlanCreditGrantResetStart | None | Unset = UNSET

    singular_name: None | str | Unset = UNSET

    billing_credit_postpaid_enabled: bool | Unset = UNSET

    billing_mode: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_credit_auto_topup_enabled = self.billing_credit_auto_topup_enabled

        billing_credit_auto_topup_self_service = self.billing_credit_auto_topup_self_service

        billing_credit_can_buy_bundles = self.billing_credit_can_buy_bundles

        company_credit_amount = self.company_credit_amount

        created_at = self.created_at.isoformat()

        credit_amount = self.credit_amount

        credit_description = self.credit_description

        credit_id = self.credit_id

        credit_name = self.credit_name

        id = self.id

        plan_id = self.plan_id

        reset_type: str = self.reset_type

        rollover_percentage = self.rollover_percentage

        scaling: str = self.scaling

        updated_at = self.updated_at.isoformat()

        billing_credit_auto_topup_amount: int | None | Unset
        if isinstance(self.billing_credit_auto_topup_amount, Unset):
            billing_credit_auto_topup_amount = UNSET
        else:
            billing_credit_auto_topup_amount = self.billing_credit_auto_topup_amount

        billing_credit_auto_topup_amount_type: None | str | Unset
        if isinstance(self.billing_credit_auto_topup_amount_type, Unset):
            billing_credit_auto_topup_amount_type = UNSET
        else:
            billing_credit_auto_topup_amount_type = self.billing_credit_auto_topup_amount_type

        billing_credit_auto_topup_availability: None | str | Unset
        if isinstance(self.billing_credit_auto_topup_availability, Unset):
            billing_credit_auto_topup_availability = UNSET
        elif isinstance(self.billing_credit_auto_topup_availability, str):
            billing_credit_auto_topup_availability = self.billing_credit_auto_topup_availability
        else:
            billing_credit_auto_topup_availability = self.billing_credit_auto_topup_availability

        billing_credit_auto_topup_expiry_type: None | str | Unset
        if isinstance(self.billing_credit_auto_topup_expiry_type, Unset):
            billing_credit_auto_topup_expiry_type = UNSET
        elif isinstance(self.billing_credit_auto_topup_expiry_type, str):
            billing_credit_auto_topup_expiry_type = self.billing_credit_auto_topup_expiry_type
        else:
            billing_credit_auto_topup_expiry_type = self.billing_credit_auto_topup_expiry_type

        billing_credit_auto_topup_expiry_unit: None | str | Unset
        if isinstance(self.billing_credit_auto_topup_expiry_unit, Unset):
            billing_credit_auto_topup_expiry_unit = UNSET
        elif isinstance(self.billing_credit_auto_topup_expiry_unit, str):
            billing_credit_auto_topup_expiry_unit = self.billing_credit_auto_topup_expiry_unit
        else:
            billing_credit_auto_topup_expiry_unit = self.billing_credit_auto_topup_expiry_unit

        billing_credit_auto_topup_expiry_unit_count: int | None | Unset
        if isinstance(self.billing_credit_auto_topup_expiry_unit_count, Unset):
            billing_credit_auto_topup_expiry_unit_count = UNSET
        else:
            billing_credit_auto_topup_expiry_unit_count = self.billing_credit_auto_topup_expiry_unit_count

        billing_credit_auto_topup_threshold_credits: int | None | Unset
        if isinstance(self.billing_credit_auto_topup_threshold_credits, Unset):
            billing_credit_auto_topup_threshold_credits = UNSET
        else:
            billing_credit_auto_topup_threshold_credits = self.billing_credit_auto_topup_threshold_credits

        billing_credit_auto_topup_threshold_percent: int | None | Unset
        if isinstance(self.billing_credit_auto_topup_threshold_percent, Unset):
            billing_credit_auto_topup_threshold_percent = UNSET
        else:
            billing_credit_auto_topup_threshold_percent = self.billing_credit_auto_topup_threshold_percent

        company_auto_topup_amount: int | None | Unset
        if isinstance(self.company_auto_topup_amount, Unset):
            company_auto_topup_amount = UNSET
        else:
            company_auto_topup_amount = self.company_auto_topup_amount

        company_auto_topup_enabled: bool | None | Unset
        if isinstance(self.company_auto_topup_enabled, Unset):
            company_auto_topup_enabled = UNSET
        else:
            company_auto_topup_enabled = self.company_auto_topup_enabled

        company_auto_topup_threshold_credits: int | None | Unset
        if isinstance(self.company_auto_topup_threshold_credits, Unset):
            company_auto_topup_threshold_credits = UNSET
        else:
            company_auto_topup_threshold_credits = self.company_auto_topup_threshold_credits

        credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = self.credit.to_dict()

        credit_icon: None | str | Unset
        if isinstance(self.credit_icon, Unset):
            credit_icon = UNSET
        else:
            credit_icon = self.credit_icon

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

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        plan_version_id: None | str | Unset
        if isinstance(self.plan_version_id, Unset):
            plan_version_id = UNSET
        else:
            plan_version_id = self.plan_version_id

        plural_name: None | str | Unset
        if isinstance(self.plural_name, Unset):
            plural_name = UNSET
        else:
            plural_name = self.plural_name

        reset_cadence: None | str | Unset
        if isinstance(self.reset_cadence, Unset):
            reset_cadence = UNSET
        elif isinstance(self.reset_cadence, str):
            reset_cadence = self.reset_cadence
        else:
            reset_cadence = self.reset_cadence

        reset_start: None | str | Unset
        if isinstance(self.reset_start, Unset):
            reset_start = UNSET
        elif isinstance(self.reset_start, str):
            reset_start = self.reset_start
        else:
            reset_start = self.reset_start

        singular_name: None | str | Unset
        if isinstance(self.singular_name, Unset):
            singular_name = UNSET
        else:
            singular_name = self.singular_name

        billing_credit_postpaid_enabled = self.billing_credit_postpaid_enabled

        billing_mode = self.billing_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_credit_auto_topup_enabled": billing_credit_auto_topup_enabled,
                "billing_credit_auto_topup_self_service": billing_credit_auto_topup_self_service,
                "billing_credit_can_buy_bundles": billing_credit_can_buy_bundles,
                "company_credit_amount": company_credit_amount,
                "created_at": created_at,
                "credit_amount": credit_amount,
                "credit_description": credit_description,
                "credit_id": credit_id,
                "credit_name": credit_name,
                "id": id,
                "plan_id": plan_id,
                "reset_type": reset_type,
                "rollover_percentage": rollover_percentage,
                "scaling": scaling,
                "updated_at": updated_at,
            }
        )
        if billing_credit_auto_topup_amount is not UNSET:
            field_dict["billing_credit_auto_topup_amount"] = billing_credit_auto_topup_amount
        if billing_credit_auto_topup_amount_type is not UNSET:
            field_dict["billing_credit_auto_topup_amount_type"] = billing_credit_auto_topup_amount_type
        if billing_credit_auto_topup_availability is not UNSET:
            field_dict["billing_credit_auto_topup_availability"] = billing_credit_auto_topup_availability
        if billing_credit_auto_topup_expiry_type is not UNSET:
            field_dict["billing_credit_auto_topup_expiry_type"] = billing_credit_auto_topup_expiry_type
        if billing_credit_auto_topup_expiry_unit is not UNSET:
            field_dict["billing_credit_auto_topup_expiry_unit"] = billing_credit_auto_topup_expiry_unit
        if billing_credit_auto_topup_expiry_unit_count is not UNSET:
            field_dict["billing_credit_auto_topup_expiry_unit_count"] = billing_credit_auto_topup_expiry_unit_count
        if billing_credit_auto_topup_threshold_credits is not UNSET:
            field_dict["billing_credit_auto_topup_threshold_credits"] = billing_credit_auto_topup_threshold_credits
        if billing_credit_auto_topup_threshold_percent is not UNSET:
            field_dict["billing_credit_auto_topup_threshold_percent"] = billing_credit_auto_topup_threshold_percent
        if company_auto_topup_amount is not UNSET:
            field_dict["company_auto_topup_amount"] = company_auto_topup_amount
        if company_auto_topup_enabled is not UNSET:
            field_dict["company_auto_topup_enabled"] = company_auto_topup_enabled
        if company_auto_topup_threshold_credits is not UNSET:
            field_dict["company_auto_topup_threshold_credits"] = company_auto_topup_threshold_credits
        if credit is not UNSET:
            field_dict["credit"] = credit
        if credit_icon is not UNSET:
            field_dict["credit_icon"] = credit_icon
        if expiry_type is not UNSET:
            field_dict["expiry_type"] = expiry_type
        if expiry_unit is not UNSET:
            field_dict["expiry_unit"] = expiry_unit
        if expiry_unit_count is not UNSET:
            field_dict["expiry_unit_count"] = expiry_unit_count
        if license_id is not UNSET:
            field_dict["license_id"] = license_id
        if plan is not UNSET:
            field_dict["plan"] = plan
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id
        if plural_name is not UNSET:
            field_dict["plural_name"] = plural_name
        if reset_cadence is not UNSET:
            field_dict["reset_cadence"] = reset_cadence
        if reset_start is not UNSET:
            field_dict["reset_start"] = reset_start
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name
        if billing_credit_postpaid_enabled is not UNSET:
            field_dict["billing_credit_postpaid_enabled"] = billing_credit_postpaid_enabled
        if billing_mode is not UNSET:
            field_dict["billing_mode"] = billing_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_credit_view import BillingCreditView  # noqa: PLC0415
        from ..models.generic_preview_object import GenericPreviewObject  # noqa: PLC0415

        d = dict(src_dict)
        billing_credit_auto_topup_enabled = d.pop("billing_credit_auto_topup_enabled")

        billing_credit_auto_topup_self_service = d.pop("billing_credit_auto_topup_self_service")

        billing_credit_can_buy_bundles = d.pop("billing_credit_can_buy_bundles")

        company_credit_amount = d.pop("company_credit_amount")

        created_at = parse_datetime(d.pop("created_at"))

        credit_amount = d.pop("credit_amount")

        credit_description = d.pop("credit_description")

        credit_id = d.pop("credit_id")

        credit_name = d.pop("credit_name")

        id = d.pop("id")

        plan_id = d.pop("plan_id")

        reset_type = check_billing_plan_credit_grant_reset_type(d.pop("reset_type"))

        rollover_percentage = d.pop("rollover_percentage")

        scaling = check_plan_credit_grant_scaling(d.pop("scaling"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_billing_credit_auto_topup_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_credit_auto_topup_amount = _parse_billing_credit_auto_topup_amount(
            d.pop("billing_credit_auto_topup_amount", UNSET)
        )

        def _parse_billing_credit_auto_topup_amount_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_credit_auto_topup_amount_type = _parse_billing_credit_auto_topup_amount_type(
            d.pop("billing_credit_auto_topup_amount_type", UNSET)
        )

        def _parse_billing_credit_auto_topup_availability(
            data: object,
        ) -> BillingCreditAutoTopupAvailability | None | Unset:
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

        billing_credit_auto_topup_availability = _parse_billing_credit_auto_topup_availability(
            d.pop("billing_credit_auto_topup_availability", UNSET)
        )

        def _parse_billing_credit_auto_topup_expiry_type(data: object) -> BillingCreditExpiryType | None | Unset:
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

        billing_credit_auto_topup_expiry_type = _parse_billing_credit_auto_topup_expiry_type(
            d.pop("billing_credit_auto_topup_expiry_type", UNSET)
        )

        def _parse_billing_credit_auto_topup_expiry_unit(data: object) -> BillingCreditExpiryUnit | None | Unset:
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

        billing_credit_auto_topup_expiry_unit = _parse_billing_credit_auto_topup_expiry_unit(
            d.pop("billing_credit_auto_topup_expiry_unit", UNSET)
        )

        def _parse_billing_credit_auto_topup_expiry_unit_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_credit_auto_topup_expiry_unit_count = _parse_billing_credit_auto_topup_expiry_unit_count(
            d.pop("billing_credit_auto_topup_expiry_unit_count", UNSET)
        )

        def _parse_billing_credit_auto_topup_threshold_credits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_credit_auto_topup_threshold_credits = _parse_billing_credit_auto_topup_threshold_credits(
            d.pop("billing_credit_auto_topup_threshold_credits", UNSET)
        )

        def _parse_billing_credit_auto_topup_threshold_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_credit_auto_topup_threshold_percent = _parse_billing_credit_auto_topup_threshold_percent(
            d.pop("billing_credit_auto_topup_threshold_percent", UNSET)
        )

        def _parse_company_auto_topup_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        company_auto_topup_amount = _parse_company_auto_topup_amount(d.pop("company_auto_topup_amount", UNSET))

        def _parse_company_auto_topup_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        company_auto_topup_enabled = _parse_company_auto_topup_enabled(d.pop("company_auto_topup_enabled", UNSET))

        def _parse_company_auto_topup_threshold_credits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        company_auto_topup_threshold_credits = _parse_company_auto_topup_threshold_credits(
            d.pop("company_auto_topup_threshold_credits", UNSET)
        )

        _credit = d.pop("credit", UNSET)
        credit: BillingCreditView | Unset
        if isinstance(_credit, Unset):
            credit = UNSET
        else:
            credit = BillingCreditView.from_dict(_credit)

        def _parse_credit_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_icon = _parse_credit_icon(d.pop("credit_icon", UNSET))

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

        _plan = d.pop("plan", UNSET)
        plan: GenericPreviewObject | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = GenericPreviewObject.from_dict(_plan)

        def _parse_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_version_id = _parse_plan_version_id(d.pop("plan_version_id", UNSET))

        def _parse_plural_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plural_name = _parse_plural_name(d.pop("plural_name", UNSET))

        def _parse_reset_cadence(data: object) -> BillingPlanCreditGrantResetCadence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_plan_credit_grant_reset_cadence(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingPlanCreditGrantResetCadence | None | Unset, data)

        reset_cadence = _parse_reset_cadence(d.pop("reset_cadence", UNSET))

        def _parse_reset_start(data: object) -> BillingPlanCreditGrantResetStart | None | Unset:
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

        reset_start = _parse_reset_start(d.pop("reset_start", UNSET))

        def _parse_singular_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        singular_name = _parse_singular_name(d.pop("singular_name", UNSET))

        billing_credit_postpaid_enabled = d.pop("billing_credit_postpaid_enabled", UNSET)

        billing_mode = d.pop("billing_mode", UNSET)

        company_plan_credit_grant_view = cls(
            billing_credit_auto_topup_enabled=billing_credit_auto_topup_enabled,
            billing_credit_auto_topup_self_service=billing_credit_auto_topup_self_service,
            billing_credit_can_buy_bundles=billing_credit_can_buy_bundles,
            company_credit_amount=company_credit_amount,
            created_at=created_at,
            credit_amount=credit_amount,
            credit_description=credit_description,
            credit_id=credit_id,
            credit_name=credit_name,
            id=id,
            plan_id=plan_id,
            reset_type=reset_type,
            rollover_percentage=rollover_percentage,
            scaling=scaling,
            updated_at=updated_at,
            billing_credit_auto_topup_amount=billing_credit_auto_topup_amount,
            billing_credit_auto_topup_amount_type=billing_credit_auto_topup_amount_type,
            billing_credit_auto_topup_availability=billing_credit_auto_topup_availability,
            billing_credit_auto_topup_expiry_type=billing_credit_auto_topup_expiry_type,
            billing_credit_auto_topup_expiry_unit=billing_credit_auto_topup_expiry_unit,
            billing_credit_auto_topup_expiry_unit_count=billing_credit_auto_topup_expiry_unit_count,
            billing_credit_auto_topup_threshold_credits=billing_credit_auto_topup_threshold_credits,
            billing_credit_auto_topup_threshold_percent=billing_credit_auto_topup_threshold_percent,
            company_auto_topup_amount=company_auto_topup_amount,
            company_auto_topup_enabled=company_auto_topup_enabled,
            company_auto_topup_threshold_credits=company_auto_topup_threshold_credits,
            credit=credit,
            credit_icon=credit_icon,
            expiry_type=expiry_type,
            expiry_unit=expiry_unit,
            expiry_unit_count=expiry_unit_count,
            license_id=license_id,
            plan=plan,
            plan_version_id=plan_version_id,
            plural_name=plural_name,
            reset_cadence=reset_cadence,
            reset_start=reset_start,
            singular_name=singular_name,
            billing_credit_postpaid_enabled=billing_credit_postpaid_enabled,
            billing_mode=billing_mode,
        )

        company_plan_credit_grant_view.additional_properties = d
        return company_plan_credit_grant_view

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
