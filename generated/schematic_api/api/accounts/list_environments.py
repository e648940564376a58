"""`GET /environments` (list_environments): List environments."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_environments_response import ListEnvironmentsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    ids: Sequence[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List environments: the request, described but not sent.

    `GET /environments`

    Args:
        ids (Sequence[str], optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("ids", ids)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/environments",
        operation="listEnvironments",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListEnvironmentsResponse:
    """Parse a successful `list_environments` response into its typed model, ListEnvironmentsResponse."""
    return ListEnvironmentsResponse.from_dict(response.json())
