"""`GET /flags/count` (count_flags): Count flags."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_flags_response import CountFlagsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    feature_id: str | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count flags: the request, described but not sent.

    `GET /flags/count`

    Args:
        feature_id (str, optional)
        ids (Sequence[str], optional)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("feature_id", feature_id)
    params += query_pairs("ids", ids)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/flags/count",
        operation="countFlags",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountFlagsResponse:
    """Parse a successful `count_flags` response into its typed model, CountFlagsResponse."""
    return CountFlagsResponse.from_dict(response.json())
