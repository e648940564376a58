"""`POST /billing/credits/grants/company` (grant_billing_credits_to_company): Grant billing credits to a company."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.grant_billing_credits_to_company_response import GrantBillingCreditsToCompanyResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_credit_expiry_type import BillingCreditExpiryType
    from ...models.billing_credit_expiry_unit import BillingCreditExpiryUnit
    from ...models.billing_credit_grant_reason import BillingCreditGrantReason
    from ...models.billing_plan_credit_grant_reset_start import BillingPlanCreditGrantResetStart


def build_request(
    *,
    company_id: str,
    credit_id: str,
    quantity: int,
    reason: BillingCreditGrantReason,
    billing_periods_count: int | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    expires_at: datetime.datetime | None | Unset = UNSET,
    expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
    expiry_unit_count: int | None | Unset = UNSET,
    renewal_enabled: bool | None | Unset = UNSET,
    renewal_period: BillingPlanCreditGrantResetStart | None | Unset = UNSET,
) -> PreparedRequest:
    """Grant billing credits to a company: the request, described but not sent.

    `POST /billing/credits/grants/company`

    Args:
        company_id (str)
        credit_id (str)
        quantity (int)
        reason (BillingCreditGrantReason)
        billing_periods_count (int | None, optional)
        currency (str | None, optional)
        expires_at (datetime.datetime | None, optional)
        expiry_type (BillingCreditExpiryType | None, optional)
        expiry_unit (BillingCreditExpiryUnit | None, optional)
        expiry_unit_count (int | None, optional)
        renewal_enabled (bool | None, optional)
        renewal_period (BillingPlanCreditGrantResetStart | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "company_id": company_id,
        "credit_id": credit_id,
        "quantity": quantity,
        "reason": reason,
    }
    if not isinstance(billing_periods_count, Unset):
        _json["billing_periods_count"] = billing_periods_count
    if not isinstance(currency, Unset):
        _json["currency"] = currency
    if not isinstance(expires_at, Unset):
        _json["expires_at"] = expires_at
    if not isinstance(expiry_type, Unset):
        _json["expiry_type"] = expiry_type
    if not isinstance(expiry_unit, Unset):
        _json["expiry_unit"] = expiry_unit
    if not isinstance(expiry_unit_count, Unset):
        _json["expiry_unit_count"] = expiry_unit_count
    if not isinstance(renewal_enabled, Unset):
        _json["renewal_enabled"] = renewal_enabled
    if not isinstance(renewal_period, Unset):
        _json["renewal_period"] = renewal_period
    return PreparedRequest(
        method="POST",
        path="/billing/credits/grants/company",
        operation="grantBillingCreditsToCompany",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> GrantBillingCreditsToCompanyResponse:
    """Parse a successful `grant_billing_credits_to_company` response into its typed model, GrantBillingCreditsToCompanyResponse."""
    return GrantBillingCreditsToCompanyResponse.from_dict(response.json())
