"""`POST /quickstart` (quickstart): Set up a new environment with example data."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest
from ...models.quickstart_response import QuickstartResponse


def build_request() -> PreparedRequest:
    """Set up a new environment with example data: the request, described but not sent.

    `POST /quickstart`

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="POST",
        path="/quickstart",
        operation="quickstart",
    )


def parse_response(response: httpx.Response) -> QuickstartResponse:
    """Parse a successful `quickstart` response into its typed model, QuickstartResponse."""
    return QuickstartResponse.from_dict(response.json())
