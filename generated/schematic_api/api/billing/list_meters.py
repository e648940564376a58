"""`GET /billing/meter` (list_meters): List meters."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_meters_response import ListMetersResponse
from ...types import UNSET, Unset


def build_request(
    *,
    display_name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List meters: the request, described but not sent.

    `GET /billing/meter`

    Args:
        display_name (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("display_name", display_name)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/meter",
        operation="listMeters",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListMetersResponse:
    """Parse a successful `list_meters` response into its typed model, ListMetersResponse."""
    return ListMetersResponse.from_dict(response.json())
