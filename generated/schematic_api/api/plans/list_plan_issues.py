"""`GET /plans/issues` (list_plan_issues): List plan issues."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_plan_issues_response import ListPlanIssuesResponse
from ...types import UNSET, Unset


def build_request(
    *,
    plan_id: str,
    plan_version_id: str | Unset = UNSET,
) -> PreparedRequest:
    """List plan issues: the request, described but not sent.

    `GET /plans/issues`

    Args:
        plan_id (str)
        plan_version_id (str, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("plan_id", plan_id)
    params += query_pairs("plan_version_id", plan_version_id)
    return PreparedRequest(
        method="GET",
        path="/plans/issues",
        operation="listPlanIssues",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListPlanIssuesResponse:
    """Parse a successful `list_plan_issues` response into its typed model, ListPlanIssuesResponse."""
    return ListPlanIssuesResponse.from_dict(response.json())
