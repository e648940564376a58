"""`GET /billing/credits` (list_billing_credits): List billing credits."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_billing_credits_response import ListBillingCreditsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    ids: Sequence[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List billing credits: the request, described but not sent.

    `GET /billing/credits`

    Args:
        ids (Sequence[str], optional)
        name (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("ids", ids)
    params += query_pairs("name", name)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/credits",
        operation="listBillingCredits",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListBillingCreditsResponse:
    """Parse a successful `list_billing_credits` response into its typed model, ListBillingCreditsResponse."""
    return ListBillingCreditsResponse.from_dict(response.json())
