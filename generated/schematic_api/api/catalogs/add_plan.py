"""`POST /catalogs/{catalog_id}/plans/{plan_id}` (add_plan): Add plan."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest


def build_request(
    *,
    catalog_id: str,
    plan_id: str,
) -> PreparedRequest:
    """Add plan: the request, described but not sent.

    `POST /catalogs/{catalog_id}/plans/{plan_id}`

    Args:
        catalog_id (str)
        plan_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="POST",
        path="/catalogs/{catalog_id}/plans/{plan_id}".format(
            catalog_id=quote(str(catalog_id), safe=""),
            plan_id=quote(str(plan_id), safe=""),
        ),
        operation="addPlan",
    )


def parse_response(response: httpx.Response) -> None:
    """A successful `add_plan` answer has no content: None."""
    return None
