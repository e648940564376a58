"""`GET /plan-entitlements/{plan_entitlement_id}` (get_plan_entitlement): Get a plan entitlement by id."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_plan_entitlement_response import GetPlanEntitlementResponse


def build_request(
    *,
    plan_entitlement_id: str,
) -> PreparedRequest:
    """Get a plan entitlement by id: the request, described but not sent.

    `GET /plan-entitlements/{plan_entitlement_id}`

    Args:
        plan_entitlement_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/plan-entitlements/{plan_entitlement_id}".format(
            plan_entitlement_id=quote(str(plan_entitlement_id), safe=""),
        ),
        operation="getPlanEntitlement",
    )


def parse_response(response: httpx.Response) -> GetPlanEntitlementResponse:
    """Parse a successful `get_plan_entitlement` response into its typed model, GetPlanEntitlementResponse."""
    return GetPlanEntitlementResponse.from_dict(response.json())
