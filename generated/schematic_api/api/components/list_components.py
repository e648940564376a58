"""`GET /components` (list_components): List components."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_components_response import ListComponentsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List components: the request, described but not sent.

    `GET /components`

    Args:
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/components",
        operation="listComponents",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListComponentsResponse:
    """Parse a successful `list_components` response into its typed model, ListComponentsResponse."""
    return ListComponentsResponse.from_dict(response.json())
