"""`GET /billing/coupons` (list_coupons): List coupons."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_coupons_response import ListCouponsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    is_active: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List coupons: the request, described but not sent.

    `GET /billing/coupons`

    Args:
        is_active (bool, optional)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("is_active", is_active)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/coupons",
        operation="listCoupons",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListCouponsResponse:
    """Parse a successful `list_coupons` response into its typed model, ListCouponsResponse."""
    return ListCouponsResponse.from_dict(response.json())
