"""`DELETE /plans/version/{plan_version_id}` (delete_plan_version): Delete plan version."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.delete_plan_version_response import DeletePlanVersionResponse
from ...types import UNSET, Unset


def build_request(
    *,
    plan_version_id: str,
    promote_archived_version: bool | Unset = UNSET,
) -> PreparedRequest:
    """Delete plan version: the request, described but not sent.

    `DELETE /plans/version/{plan_version_id}`

    Args:
        plan_version_id (str)
        promote_archived_version (bool, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("promote_archived_version", promote_archived_version)
    return PreparedRequest(
        method="DELETE",
        path="/plans/version/{plan_version_id}".format(
            plan_version_id=quote(str(plan_version_id), safe=""),
        ),
        operation="deletePlanVersion",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> DeletePlanVersionResponse:
    """Parse a successful `delete_plan_version` response into its typed model, DeletePlanVersionResponse."""
    return DeletePlanVersionResponse.from_dict(response.json())
