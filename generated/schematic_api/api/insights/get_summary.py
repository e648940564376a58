"""`GET /insights/summary` (get_summary): Get summary."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest
from ...models.get_summary_response import GetSummaryResponse


def build_request() -> PreparedRequest:
    """Get summary: the request, described but not sent.

    `GET /insights/summary`

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/insights/summary",
        operation="getSummary",
    )


def parse_response(response: httpx.Response) -> GetSummaryResponse:
    """Parse a successful `get_summary` response into its typed model, GetSummaryResponse."""
    return GetSummaryResponse.from_dict(response.json())
