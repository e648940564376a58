"""`GET /plan-traits/{plan_trait_id}` (get_plan_trait): Get plan trait."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_plan_trait_response import GetPlanTraitResponse


def build_request(
    *,
    plan_trait_id: str,
) -> PreparedRequest:
    """Get plan trait: the request, described but not sent.

    `GET /plan-traits/{plan_trait_id}`

    Args:
        plan_trait_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/plan-traits/{plan_trait_id}".format(
            plan_trait_id=quote(str(plan_trait_id), safe=""),
        ),
        operation="getPlanTrait",
    )


def parse_response(response: httpx.Response) -> GetPlanTraitResponse:
    """Parse a successful `get_plan_trait` response into its typed model, GetPlanTraitResponse."""
    return GetPlanTraitResponse.from_dict(response.json())
