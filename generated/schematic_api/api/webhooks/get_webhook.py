"""`GET /webhooks/{webhook_id}` (get_webhook): Get webhook."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_webhook_response import GetWebhookResponse


def build_request(
    *,
    webhook_id: str,
) -> PreparedRequest:
    """Get webhook: the request, described but not sent.

    `GET /webhooks/{webhook_id}`

    Args:
        webhook_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        operation="getWebhook",
    )


def parse_response(response: httpx.Response) -> GetWebhookResponse:
    """Parse a successful `get_webhook` response into its typed model, GetWebhookResponse."""
    return GetWebhookResponse.from_dict(response.json())
