"""`PUT /billing/credits/plan-grants/{plan_grant_id}` (update_billing_plan_credit_grant): Update billing plan credit grant."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_billing_plan_credit_grant_response import UpdateBillingPlanCreditGrantResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_credit_auto_topup_availability import BillingCreditAutoTopupAvailability
    from ...models.billing_credit_expiry_type import BillingCreditExpiryType
    from ...models.billing_credit_expiry_unit import BillingCreditExpiryUnit
    from ...models.billing_plan_credit_grant_reset_cadence import BillingPlanCreditGrantResetCadence
    from ...models.billing_plan_credit_grant_reset_start import BillingPlanCreditGrantResetStart
    from ...models.billing_plan_credit_grant_reset_type import BillingPlanCreditGrantResetType
    from ...models.credit_auto_topup_amount_type import CreditAutoTopupAmountType
    from ...models.plan_credit_grant_scaling import PlanCreditGrantScaling


def build_request(
    *,
    plan_grant_id: str,
    reset_cadence: BillingPlanCreditGrantResetCadence,
    reset_start: BillingPlanCreditGrantResetStart,
    apply_to_existing: bool | None | Unset = UNSET,
    auto_topup_amount: int | None | Unset = UNSET,
    auto_topup_amount_type: CreditAutoTopupAmountType | None | Unset = UNSET,
    auto_topup_availability: BillingCreditAutoTopupAvailability | None | Unset = UNSET,
    auto_topup_enabled: bool | None | Unset = UNSET,
    auto_topup_expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
    auto_topup_expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
    auto_topup_expiry_unit_count: int | None | Unset = UNSET,
    auto_topup_self_service: bool | None | Unset = UNSET,
    auto_topup_threshold_credits: int | None | Unset = UNSET,
    auto_topup_threshold_percent: int | None | Unset = UNSET,
    can_buy_bundles: bool | None | Unset = UNSET,
    company_credit_amount: int | None | Unset = UNSET,
    credit_amount: int | None | Unset = UNSET,
    expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
    expiry_unit_count: int | None | Unset = UNSET,
    license_id: str | None | Unset = UNSET,
    reset_type: BillingPlanCreditGrantResetType | None | Unset = UNSET,
    rollover_percentage: int | None | Unset = UNSET,
    scaling: PlanCreditGrantScaling | None | Unset = UNSET,
) -> PreparedRequest:
    """Update billing plan credit grant: the request, described but not sent.

    `PUT /billing/credits/plan-grants/{plan_grant_id}`

    Args:
        plan_grant_id (str)
        reset_cadence (BillingPlanCreditGrantResetCadence)
        reset_start (BillingPlanCreditGrantResetStart)
        apply_to_existing (bool | None, optional)
        auto_topup_amount (int | None, optional)
        auto_topup_amount_type (CreditAutoTopupAmountType | None, optional)
        auto_topup_availability (BillingCreditAutoTopupAvailability | None, optional)
        auto_topup_enabled (bool | None, optional)
        auto_topup_expiry_type (BillingCreditExpiryType | None, optional)
        auto_topup_expiry_unit (BillingCreditExpiryUnit | None, optional)
        auto_topup_expiry_unit_count (int | None, optional)
        auto_topup_self_service (bool | None, optional)
        auto_topup_threshold_credits (int | None, optional)
        auto_topup_threshold_percent (int | None, optional)
        can_buy_bundles (bool | None, optional)
        company_credit_amount (int | None, optional)
        credit_amount (int | None, optional)
        expiry_type (BillingCreditExpiryType | None, optional)
        expiry_unit (BillingCreditExpiryUnit | None, optional)
        expiry_unit_count (int | None, optional)
        license_id (str | None, optional)
        reset_type (BillingPlanCreditGrantResetType | None, optional)
        rollover_percentage (int | None, optional)
        scaling (PlanCreditGrantScaling | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "reset_cadence": reset_cadence,
        "reset_start": reset_start,
    }
    if not isinstance(apply_to_existing, Unset):
        _json["apply_to_existing"] = apply_to_existing
    if not isinstance(auto_topup_amount, Unset):
        _json["auto_topup_amount"] = auto_topup_amount
    if not isinstance(auto_topup_amount_type, Unset):
        _json["auto_topup_amount_type"] = auto_topup_amount_type
    if not isinstance(auto_topup_availability, Unset):
        _json["auto_topup_availability"] = auto_topup_availability
    if not isinstance(auto_topup_enabled, Unset):
        _json["auto_topup_enabled"] = auto_topup_enabled
    if not isinstance(auto_topup_expiry_type, Unset):
        _json["auto_topup_expiry_type"] = auto_topup_expiry_type
    if not isinstance(auto_topup_expiry_unit, Unset):
        _json["auto_topup_expiry_unit"] = auto_topup_expiry_unit
    if not isinstance(auto_topup_expiry_unit_count, Unset):
        _json["auto_topup_expiry_unit_count"] = auto_topup_expiry_unit_count
    if not isinstance(auto_topup_self_service, Unset):
        _json["auto_topup_self_service"] = auto_topup_self_service
    if not isinstance(auto_topup_threshold_credits, Unset):
        _json["auto_topup_threshold_credits"] = auto_topup_threshold_credits
    if not isinstance(auto_topup_threshold_percent, Unset):
        _json["auto_topup_threshold_percent"] = auto_topup_threshold_percent
    if not isinstance(can_buy_bundles, Unset):
        _json["can_buy_bundles"] = can_buy_bundles
    if not isinstance(company_credit_amount, Unset):
        _json["company_credit_amount"] = company_credit_amount
    if not isinstance(credit_amount, Unset):
        _json["credit_amount"] = credit_amount
    if not isinstance(expiry_type, Unset):
        _json["expiry_type"] = expiry_type
    if not isinstance(expiry_unit, Unset):
        _json["expiry_unit"] = expiry_unit
    if not isinstance(expiry_unit_count, Unset):
        _json["expiry_unit_count"] = expiry_unit_count
    if not isinstance(license_id, Unset):
        _json["license_id"] = license_id
    if not isinstance(reset_type, Unset):
        _json["reset_type"] = reset_type
    if not isinstance(rollover_percentage, Unset):
        _json["rollover_percentage"] = rollover_percentage
    if not isinstance(scaling, Unset):
        _json["scaling"] = scaling
    return PreparedRequest(
        method="PUT",
        path="/billing/credits/plan-grants/{plan_grant_id}".format(
            plan_grant_id=quote(str(plan_grant_id), safe=""),
        ),
        operation="updateBillingPlanCreditGrant",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateBillingPlanCreditGrantResponse:
    """Parse a successful `update_billing_plan_credit_grant` response into its typed model, UpdateBillingPlanCreditGrantResponse."""
    return UpdateBillingPlanCreditGrantResponse.from_dict(response.json())
