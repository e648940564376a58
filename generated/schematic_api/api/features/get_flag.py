"""`GET /flags/{flag_id}` (get_flag): Get a flag by id."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_flag_response import GetFlagResponse


def build_request(
    *,
    flag_id: str,
) -> PreparedRequest:
    """Get a flag by id: the request, described but not sent.

    `GET /flags/{flag_id}`

    Args:
        flag_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/flags/{flag_id}".format(
            flag_id=quote(str(flag_id), safe=""),
        ),
        operation="getFlag",
    )


def parse_response(response: httpx.Response) -> GetFlagResponse:
    """Parse a successful `get_flag` response into its typed model, GetFlagResponse."""
    return GetFlagResponse.from_dict(response.json())
