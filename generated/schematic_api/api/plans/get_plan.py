"""`GET /plans/{plan_id}` (get_plan): Get a plan by id."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_plan_response import GetPlanResponse
from ...types import UNSET, Unset


def build_request(
    *,
    plan_id: str,
    plan_version_id: str | Unset = UNSET,
) -> PreparedRequest:
    """Get a plan by id: the request, described but not sent.

    `GET /plans/{plan_id}`

    Args:
        plan_id (str)
        plan_version_id (str, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("plan_version_id", plan_version_id)
    return PreparedRequest(
        method="GET",
        path="/plans/{plan_id}".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
        operation="getPlan",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetPlanResponse:
    """Parse a successful `get_plan` response into its typed model, GetPlanResponse."""
    return GetPlanResponse.from_dict(response.json())
