"""`GET /webhooks` (list_webhooks): List webhooks."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_webhooks_response import ListWebhooksResponse
from ...types import UNSET, Unset


def build_request(
    *,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List webhooks: the request, described but not sent.

    `GET /webhooks`

    Args:
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/webhooks",
        operation="listWebhooks",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListWebhooksResponse:
    """Parse a successful `list_webhooks` response into its typed model, ListWebhooksResponse."""
    return ListWebhooksResponse.from_dict(response.json())
