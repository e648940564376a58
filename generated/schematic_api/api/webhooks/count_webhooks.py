"""`GET /webhooks/count` (count_webhooks): Count webhooks."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_webhooks_response import CountWebhooksResponse
from ...types import UNSET, Unset


def build_request(
    *,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count webhooks: the request, described but not sent.

    `GET /webhooks/count`

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
        path="/webhooks/count",
        operation="countWebhooks",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountWebhooksResponse:
    """Parse a successful `count_webhooks` response into its typed model, CountWebhooksResponse."""
    return CountWebhooksResponse.from_dict(response.json())
