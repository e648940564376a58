"""`GET /public/plans` (get_public_plans): List the plans a pricing table shows."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest
from ...models.get_public_plans_response import GetPublicPlansResponse


def build_request() -> PreparedRequest:
    """List the plans a pricing table shows: the request, described but not sent.

    `GET /public/plans`

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/public/plans",
        operation="getPublicPlans",
    )


def parse_response(response: httpx.Response) -> GetPublicPlansResponse:
    """Parse a successful `get_public_plans` response into its typed model, GetPublicPlansResponse."""
    return GetPublicPlansResponse.from_dict(response.json())
