"""`GET /billing/credits/grants/count` (count_billing_credits_grants): Count billing credits grants."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_billing_credits_grants_response import CountBillingCreditsGrantsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    credit_id: str | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count billing credits grants: the request, described but not sent.

    `GET /billing/credits/grants/count`

    Args:
        credit_id (str, optional)
        ids (Sequence[str], optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("credit_id", credit_id)
    params += query_pairs("ids", ids)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/credits/grants/count",
        operation="countBillingCreditsGrants",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountBillingCreditsGrantsResponse:
    """Parse a successful `count_billing_credits_grants` response into its typed model, CountBillingCreditsGrantsResponse."""
    return CountBillingCreditsGrantsResponse.from_dict(response.json())
