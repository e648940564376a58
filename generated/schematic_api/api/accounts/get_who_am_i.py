"""`GET /whoami` (get_who_am_i): Who the API key belongs to (account and environment)."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest
from ...models.get_who_am_i_response import GetWhoAmIResponse


def build_request() -> PreparedRequest:
    """Who the API key belongs to (account and environment): the request, described but not sent.

    `GET /whoami`

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/whoami",
        operation="getWhoAmI",
    )


def parse_response(response: httpx.Response) -> GetWhoAmIResponse:
    """Parse a successful `get_who_am_i` response into its typed model, GetWhoAmIResponse."""
    return GetWhoAmIResponse.from_dict(response.json())
