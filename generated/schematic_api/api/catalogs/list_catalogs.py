"""`GET /catalogs` (list_catalogs): List catalogs."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_catalogs_response import ListCatalogsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    is_default: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List catalogs: the request, described but not sent.

    `GET /catalogs`

    Args:
        is_default (bool, optional)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("is_default", is_default)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/catalogs",
        operation="listCatalogs",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListCatalogsResponse:
    """Parse a successful `list_catalogs` response into its typed model, ListCatalogsResponse."""
    return ListCatalogsResponse.from_dict(response.json())
