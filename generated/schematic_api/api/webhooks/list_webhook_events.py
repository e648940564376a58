"""`GET /webhook-events` (list_webhook_events): List webhook events."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_webhook_events_response import ListWebhookEventsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    ids: Sequence[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    webhook_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List webhook events: the request, described but not sent.

    `GET /webhook-events`

    Args:
        ids (Sequence[str], optional)
        q (str, optional)
        webhook_id (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("ids", ids)
    params += query_pairs("q", q)
    params += query_pairs("webhook_id", webhook_id)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/webhook-events",
        operation="listWebhookEvents",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListWebhookEventsResponse:
    """Parse a successful `list_webhook_events` response into its typed model, ListWebhookEventsResponse."""
    return ListWebhookEventsResponse.from_dict(response.json())
