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
    from ..models.billing_credit_response_data import BillingCreditResponseData
    from ..models.preview_object_response_data import PreviewObjectResponseData


T = TypeVar("T", bound="BillingPlanCreditGrantResponseData")


def _convert_credit(value: BillingCreditResponseData | Unset | Mapping[str, Any]) -> BillingCreditResponseData | Unset:
    return cast(
        "BillingCreditResponseData | Unset",
        as_model(value, ".billing_credit_response_data", "BillingCreditResponseData", __package__),
    )


def _convert_plan(value: PreviewObjectResponseData | Unset | Mapping[str, Any]) -> PreviewObjectResponseData | Unset:
    return cast(
        "PreviewObjectResponseData | Unset",
        as_model(value, ".preview_object_response_data", "PreviewObjectResponseData", __package__),
    )


@_attrs_define
class BillingPlanCreditGrantResponseData:
    """The `BillingPlanCreditGrantResponseData` object of the API.

    Attributes:
        auto_topup_availability (BillingCreditAutoTopupAvailability)
        auto_topup_enabled (bool)
        auto_topup_self_service (bool)
        can_buy_bundles (bool)
        company_credit_amount (int)
        created_at (datetime.datetime)
        credit_amount (int)
        credit_id (str)
        credit_name (str)
        id (str)
        plan_id (str)
        plan_name (str)
        rollover_percentage (int)
        scaling (PlanCreditGrantScaling)
        updated_at (datetime.datetime)
        auto_topup_amount (int | None | Unset)
        auto_topup_amount_type (None | str | Unset)
        auto_topup_expiry_type (BillingCreditExpiryType | None | Unset)
        auto_topup_expiry_unit (BillingCreditExpiryUnit | None | Unset)
        auto_topup_expiry_unit_count (int | None | Unset)
        auto_topup_threshold_credits (int | None | Unset)
        auto_topup_threshold_percent (int | None | Unset)
        credit (BillingCreditResponseData | Unset)
        credit_plural_name (None | str | Unset)
        credit_singular_name (None | str | Unset)
        expiry_type (BillingCreditExpiryType | None | Unset)
        expiry_unit (BillingCreditExpiryUnit | None | Unset)
        expiry_unit_count (int | None | Unset)
        license_id (None | str | Unset)
        plan (PreviewObjectResponseData | Unset)
        plan_version_id (None | str | Unset)
        reset_cadence (BillingPlanCreditGrantResetCadence | None | Unset)
        reset_start (BillingPlanCreditGrantResetStart | None | Unset)
        reset_type (BillingPlanCreditGrantResetType | None | Unset)
        billing_mode (str | Unset): granted or billed
        postpaid_enabled (bool | Unset)
    """

    auto_topup_availability: BillingCreditAutoTopupAvailability

    auto_topup_enabled: bool

    auto_topup_self_service: bool

    can_buy_bundles: bool

    company_credit_amount: int

    created_at: datetime.datetime

    credit_amount: int

    credit_id: str

    credit_name: str

    id: str

    plan_id: str

    plan_name: str

    rollover_percentage: int

    scaling: PlanCreditGrantScaling

    updated_at: datetime.datetime

    auto_topup_amount: int | None | Unset = UNSET

    auto_topup_amount_type: None | str | Unset = UNSET

    auto_topup_expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    auto_topup_expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    auto_topup_expiry_unit_count: int | None | Unset = UNSET

    auto_topup_threshold_credits: int | None | Unset = UNSET

    auto_topup_threshold_percent: int | None | Unset = UNSET

    credit: BillingCreditResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_credit)

    credit_plural_name: None | str | Unset = UNSET

    credit_singular_name: None | str | Unset = UNSET

    expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    expiry_unit_count: int | None | Unset = UNSET

    license_id: None | str | Unset = UNSET

    plan: PreviewObjectResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_plan)

    plan_version_id: None | str | Unset = UNSET

    reset_cadence: BillingPlanCreditGrantResetCadence | None | Unset = UNSET

    reset_start: BillingPlanCreditGrantResetStart | None | Unset = UNSET

    reset_type: BillingPlanCreditGrantResetType | None | Unset = UNSET

    billing_mode: str | Unset = UNSET

    postpaid_enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_topup_availability: str = self.auto_topup_availability

        auto_topup_enabled = self.auto_topup_enabled

        auto_topup_self_service = self.auto_topup_self_service

        can_buy_bundles = self.can_buy_bundles

        company_credit_amount = self.company_credit_amount

        created_at = self.created_at.isoformat()

        credit_amount = self.credit_amount

        credit_id = self.credit_id

        credit_name = self.credit_name

        id = self.id

        plan_id = self.plan_id

        plan_name = self.plan_name

        rollover_percentage = self.rollover_percentage

        scaling: str = self.scaling

        updated_at = self.updated_at.isoformat()

        auto_topup_amount: int | None | Unset
        if isinstance(self.auto_topup_amount, Unset):
            auto_topup_amount = UNSET
        else:
            auto_topup_amount = self.auto_topup_amount

        auto_topup_amount_type: None | str | Unset
        if isinstance(self.auto_topup_amount_type, Unset):
            auto_topup_amount_type = UNSET
        else:
            auto_topup_amount_type = self.auto_topup_amount_type

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

        credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = self.credit.to_dict()

        credit_plural_name: None | str | Unset
        if isinstance(self.credit_plural_name, Unset):
            credit_plural_name = UNSET
        else:
            credit_plural_name = self.credit_plural_name

        credit_singular_name: None | str | Unset
        if isinstance(self.credit_singular_name, Unset):
            credit_singular_name = UNSET
        else:
            credit_singular_name = self.credit_singular_name

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

        reset_type: None | str | Unset
        if isinstance(self.reset_type, Unset):
            reset_type = UNSET
        elif isinstance(self.reset_type, str):
            reset_type = self.reset_type
        else:
            reset_type = self.reset_type

        billing_mode = self.billing_mode

        postpaid_enabled = self.postpaid_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auto_topup_availability": auto_topup_availability,
                "auto_topup_enabled": auto_topup_enabled,
                "auto_topup_self_service": auto_topup_self_service,
                "can_buy_bundles": can_buy_bundles,
                "company_credit_amount": company_credit_amount,
                "created_at": created_at,
                "credit_amount": credit_amount,
                "credit_id": credit_id,
                "credit_name": credit_name,
                "id": id,
                "plan_id": plan_id,
                "plan_name": plan_name,
                "rollover_percentage": rollover_percentage,
                "scaling": scaling,
                "updated_at": updated_at,
            }
        )
        if auto_topup_amount is not UNSET:
            field_dict["auto_topup_amount"] = auto_topup_amount
        if auto_topup_amount_type is not UNSET:
            field_dict["auto_topup_amount_type"] = auto_topup_amount_type
        if auto_topup_expiry_type is not UNSET:
            field_dict["auto_topup_expiry_type"] = auto_topup_expiry_type
        if auto_topup_expiry_unit is not UNSET:
            field_dict["auto_topup_expiry_unit"] = auto_topup_expiry_unit
        if auto_topup_expiry_unit_count is not UNSET:
            field_dict["auto_topup_expiry_unit_count"] = auto_topup_expiry_unit_count
        if auto_topup_threshold_credits is not UNSET:
            field_dict["auto_topup_threshold_credits"] = auto_topup_threshold_credits
        if auto_topup_threshold_percent is not UNSET:
            field_dict["auto_topup_threshold_percent"] = auto_topup_threshold_percent
        if credit is not UNSET:
            field_dict["credit"] = credit
        if credit_plural_name is not UNSET:
            field_dict["credit_plural_name"] = credit_plural_name
        if credit_singular_name is not UNSET:
            field_dict["credit_singular_name"] = credit_singular_name
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
        if reset_cadence is not UNSET:
            field_dict["reset_cadence"] = reset_cadence
        if reset_start is not UNSET:
            field_dict["reset_start"] = reset_start
        if reset_type is not UNSET:
            field_dict["reset_type"] = reset_type
        if billing_mode is not UNSET:
            field_dict["billing_mode"] = billing_mode
        if postpaid_enabled is not UNSET:
            field_dict["postpaid_enabled"] = postpaid_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_credit_response_data import BillingCreditResponseData  # noqa: PLC0415
        from ..models.preview_object_response_data import PreviewObjectResponseData  # noqa: PLC0415

        d = dict(src_dict)
        auto_topup_availability = check_billing_credit_auto_topup_availability(d.pop("auto_topup_availability"))

        auto_topup_enabled = d.pop("auto_topup_enabled")

        auto_topup_self_service = d.pop("auto_topup_self_service")

        can_buy_bundles = d.pop("can_buy_bundles")

        company_credit_amount = d.pop("company_credit_amount")

        created_at = parse_datetime(d.pop("created_at"))

        credit_amount = d.pop("credit_amount")

        credit_id = d.pop("credit_id")

        credit_name = d.pop("credit_name")

        id = d.pop("id")

        plan_id = d.pop("plan_id")

        plan_name = d.pop("plan_name")

        rollover_percentage = d.pop("rollover_percentage")

        scaling = check_plan_credit_grant_scaling(d.pop("scaling"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_auto_topup_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_topup_amount = _parse_auto_topup_amount(d.pop("auto_topup_amount", UNSET))

        def _parse_auto_topup_amount_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_topup_amount_type = _parse_auto_topup_amount_type(d.pop("auto_topup_amount_type", UNSET))

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

        _credit = d.pop("credit", UNSET)
        credit: BillingCreditResponseData | Unset
        if isinstance(_credit, Unset):
            credit = UNSET
        else:
            credit = BillingCreditResponseData.from_dict(_credit)

        def _parse_credit_plural_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_plural_name = _parse_credit_plural_name(d.pop("credit_plural_name", UNSET))

        def _parse_credit_singular_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_singular_name = _parse_credit_singular_name(d.pop("credit_singular_name", UNSET))

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
        plan: PreviewObjectResponseData | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = PreviewObjectResponseData.from_dict(_plan)

        def _parse_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_version_id = _parse_plan_version_id(d.pop("plan_version_id", UNSET))

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

        billing_mode = d.pop("billing_mode", UNSET)

        postpaid_enabled = d.pop("postpaid_enabled", UNSET)

        billing_plan_credit_grant_response_data = cls(
            auto_topup_availability=auto_topup_availability,
            auto_topup_enabled=auto_topup_enabled,
            auto_topup_self_service=auto_topup_self_service,
            can_buy_bundles=can_buy_bundles,
            company_credit_amount=company_credit_amount,
            created_at=created_at,
            credit_amount=credit_amount,
            credit_id=credit_id,
            credit_name=credit_name,
            id=id,
            plan_id=plan_id,
            plan_name=plan_name,
            rollover_percentage=rollover_percentage,
            scaling=scaling,
            updated_at=updated_at,
            auto_topup_amount=auto_topup_amount,
            auto_topup_amount_type=auto_topup_amount_type,
            auto_topup_expiry_type=auto_topup_expiry_type,
            auto_topup_expiry_unit=auto_topup_expiry_unit,
            auto_topup_expiry_unit_count=auto_topup_expiry_unit_count,
            auto_topup_threshold_credits=auto_topup_threshold_credits,
            auto_topup_threshold_percent=auto_topup_threshold_percent,
            credit=credit,
            credit_plural_name=credit_plural_name,
            credit_singular_name=credit_singular_name,
            expiry_type=expiry_type,
            expiry_unit=expiry_unit,
            expiry_unit_count=expiry_unit_count,
            license_id=license_id,
            plan=plan,
            plan_version_id=plan_version_id,
            reset_cadence=reset_cadence,
            reset_start=reset_start,
            reset_type=reset_type,
            billing_mode=billing_mode,
            postpaid_enabled=postpaid_enabled,
        )

        billing_plan_credit_grant_response_data.additional_properties = d
        return billing_plan_credit_grant_response_data

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
