"""`GET /billing/credits/grants/list` (list_grants_for_credit): List grants for credit."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_grants_for_credit_response import ListGrantsForCreditResponse
from ...types import UNSET, Unset


def build_request(
    *,
    credit_id: str | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List grants for credit: the request, described but not sent.

    `GET /billing/credits/grants/list`

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
        path="/billing/credits/grants/list",
        operation="listGrantsForCredit",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListGrantsForCreditResponse:
    """Parse a successful `list_grants_for_credit` response into its typed model, ListGrantsForCreditResponse."""
    return ListGrantsForCreditResponse.from_dict(response.json())
