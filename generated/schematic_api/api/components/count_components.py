"""`GET /components/count` (count_components): Count components."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_components_response import CountComponentsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count components: the request, described but not sent.

    `GET /components/count`

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
        path="/components/count",
        operation="countComponents",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountComponentsResponse:
    """Parse a successful `count_components` response into its typed model, CountComponentsResponse."""
    return CountComponentsResponse.from_dict(response.json())
