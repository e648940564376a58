"""`DELETE /plans/{plan_id}` (delete_plan): Delete a plan."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_plan_response import DeletePlanResponse


def build_request(
    *,
    plan_id: str,
) -> PreparedRequest:
    """Delete a plan: the request, described but not sent.

    `DELETE /plans/{plan_id}`

    Args:
        plan_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/plans/{plan_id}".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
        operation="deletePlan",
    )


def parse_response(response: httpx.Response) -> DeletePlanResponse:
    """Parse a successful `delete_plan` response into its typed model, DeletePlanResponse."""
    return DeletePlanResponse.from_dict(response.json())
