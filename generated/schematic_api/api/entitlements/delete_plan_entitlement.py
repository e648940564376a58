"""`DELETE /plan-entitlements/{plan_entitlement_id}` (delete_plan_entitlement): Delete a plan entitlement."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_plan_entitlement_response import DeletePlanEntitlementResponse


def build_request(
    *,
    plan_entitlement_id: str,
) -> PreparedRequest:
    """Delete a plan entitlement: the request, described but not sent.

    `DELETE /plan-entitlements/{plan_entitlement_id}`

    Args:
        plan_entitlement_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/plan-entitlements/{plan_entitlement_id}".format(
            plan_entitlement_id=quote(str(plan_entitlement_id), safe=""),
        ),
        operation="deletePlanEntitlement",
    )


def parse_response(response: httpx.Response) -> DeletePlanEntitlementResponse:
    """Parse a successful `delete_plan_entitlement` response into its typed model, DeletePlanEntitlementResponse."""
    return DeletePlanEntitlementResponse.from_dict(response.json())
