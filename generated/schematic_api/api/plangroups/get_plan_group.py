"""`GET /plan-groups` (get_plan_group): Get plan group."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_plan_group_response import GetPlanGroupResponse
from ...types import UNSET, Unset


def build_request(
    *,
    include_company_counts: bool | Unset = UNSET,
) -> PreparedRequest:
    """Get plan group: the request, described but not sent.

    `GET /plan-groups`

    Args:
        include_company_counts (bool, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("include_company_counts", include_company_counts)
    return PreparedRequest(
        method="GET",
        path="/plan-groups",
        operation="getPlanGroup",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetPlanGroupResponse:
    """Parse a successful `get_plan_group` response into its typed model, GetPlanGroupResponse."""
    return GetPlanGroupResponse.from_dict(response.json())
