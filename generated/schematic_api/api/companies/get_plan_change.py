"""`GET /plan-changes/{plan_change_id}` (get_plan_change): Get plan change."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_plan_change_response import GetPlanChangeResponse


def build_request(
    *,
    plan_change_id: str,
) -> PreparedRequest:
    """Get plan change: the request, described but not sent.

    `GET /plan-changes/{plan_change_id}`

    Args:
        plan_change_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/plan-changes/{plan_change_id}".format(
            plan_change_id=quote(str(plan_change_id), safe=""),
        ),
        operation="getPlanChange",
    )


def parse_response(response: httpx.Response) -> GetPlanChangeResponse:
    """Parse a successful `get_plan_change` response into its typed model, GetPlanChangeResponse."""
    return GetPlanChangeResponse.from_dict(response.json())
