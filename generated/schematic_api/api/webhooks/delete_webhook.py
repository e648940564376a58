"""`DELETE /webhooks/{webhook_id}` (delete_webhook): Delete webhook."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_webhook_response import DeleteWebhookResponse


def build_request(
    *,
    webhook_id: str,
) -> PreparedRequest:
    """Delete webhook: the request, described but not sent.

    `DELETE /webhooks/{webhook_id}`

    Args:
        webhook_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        operation="deleteWebhook",
    )


def parse_response(response: httpx.Response) -> DeleteWebhookResponse:
    """Parse a successful `delete_webhook` response into its typed model, DeleteWebhookResponse."""
    return DeleteWebhookResponse.from_dict(response.json())
