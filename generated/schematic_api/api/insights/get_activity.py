"""`GET /insights/activity` (get_activity): Get activity."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_activity_response import GetActivityResponse
from ...types import UNSET, Unset


def build_request(
    *,
    limit: int | Unset = UNSET,
) -> PreparedRequest:
    """Get activity: the request, described but not sent.

    `GET /insights/activity`

    Args:
        limit (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("limit", limit)
    return PreparedRequest(
        method="GET",
        path="/insights/activity",
        operation="getActivity",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetActivityResponse:
    """Parse a successful `get_activity` response into its typed model, GetActivityResponse."""
    return GetActivityResponse.from_dict(response.json())
