"""`GET /webhook-events/{webhook_event_id}` (get_webhook_event): Get webhook event."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_webhook_event_response import GetWebhookEventResponse


def build_request(
    *,
    webhook_event_id: str,
) -> PreparedRequest:
    """Get webhook event: the request, described but not sent.

    `GET /webhook-events/{webhook_event_id}`

    Args:
        webhook_event_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/webhook-events/{webhook_event_id}".format(
            webhook_event_id=quote(str(webhook_event_id), safe=""),
        ),
        operation="getWebhookEvent",
    )


def parse_response(response: httpx.Response) -> GetWebhookEventResponse:
    """Parse a successful `get_webhook_event` response into its typed model, GetWebhookEventResponse."""
    return GetWebhookEventResponse.from_dict(response.json())
