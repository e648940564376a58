"""`GET /scheduled-checkout` (list_scheduled_checkouts): List scheduled checkouts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_scheduled_checkouts_response import ListScheduledCheckoutsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.scheduled_checkout_status import ScheduledCheckoutStatus


def build_request(
    *,
    company_id: str | Unset = UNSET,
    status: ScheduledCheckoutStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List scheduled checkouts: the request, described but not sent.

    `GET /scheduled-checkout`

    Args:
        company_id (str, optional)
        status (ScheduledCheckoutStatus, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("status", status)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/scheduled-checkout",
        operation="listScheduledCheckouts",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListScheduledCheckoutsResponse:
    """Parse a successful `list_scheduled_checkouts` response into its typed model, ListScheduledCheckoutsResponse."""
    return ListScheduledCheckoutsResponse.from_dict(response.json())
