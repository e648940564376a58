"""`GET /billing/credits/plan-grants/{plan_grant_id}` (get_single_billing_plan_credit_grant): Get single billing plan credit grant."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_single_billing_plan_credit_grant_response import GetSingleBillingPlanCreditGrantResponse


def build_request(
    *,
    plan_grant_id: str,
) -> PreparedRequest:
    """Get single billing plan credit grant: the request, described but not sent.

    `GET /billing/credits/plan-grants/{plan_grant_id}`

    Args:
        plan_grant_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/billing/credits/plan-grants/{plan_grant_id}".format(
            plan_grant_id=quote(str(plan_grant_id), safe=""),
        ),
        operation="getSingleBillingPlanCreditGrant",
    )


def parse_response(response: httpx.Response) -> GetSingleBillingPlanCreditGrantResponse:
    """Parse a successful `get_single_billing_plan_credit_grant` response into its typed model, GetSingleBillingPlanCreditGrantResponse."""
    return GetSingleBillingPlanCreditGrantResponse.from_dict(response.json())
