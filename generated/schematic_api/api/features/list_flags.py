"""`GET /flags` (list_flags): List flags."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_flags_response import ListFlagsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    feature_id: str | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List flags: the request, described but not sent.

    `GET /flags`

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
        path="/flags",
        operation="listFlags",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListFlagsResponse:
    """Parse a successful `list_flags` response into its typed model, ListFlagsResponse."""
    return ListFlagsResponse.from_dict(response.json())
