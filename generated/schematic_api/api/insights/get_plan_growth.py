"""`GET /insights/plan-growth` (get_plan_growth): Get plan growth."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_plan_growth_response import GetPlanGrowthResponse
from ...types import UNSET, Unset


def build_request(
    *,
    months: int | Unset = UNSET,
) -> PreparedRequest:
    """Get plan growth: the request, described but not sent.

    `GET /insights/plan-growth`

    Args:
        months (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("months", months)
    return PreparedRequest(
        method="GET",
        path="/insights/plan-growth",
        operation="getPlanGrowth",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetPlanGrowthResponse:
    """Parse a successful `get_plan_growth` response into its typed model, GetPlanGrowthResponse."""
    return GetPlanGrowthResponse.from_dict(response.json())
