"""`POST /webhooks/{webhook_id}/test` (send_test_webhook_action): Send a test event to a webhook."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.send_test_webhook_action_response import SendTestWebhookActionResponse

if TYPE_CHECKING:
    from ...models.webhook_request_type import WebhookRequestType


def build_request(
    *,
    webhook_id: str,
    request_type: WebhookRequestType,
) -> PreparedRequest:
    """Send a test event to a webhook: the request, described but not sent.

    `POST /webhooks/{webhook_id}/test`

    Args:
        webhook_id (str)
        request_type (WebhookRequestType)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "request_type": request_type,
    }
    return PreparedRequest(
        method="POST",
        path="/webhooks/{webhook_id}/test".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        operation="sendTestWebhookAction",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> SendTestWebhookActionResponse:
    """Parse a successful `send_test_webhook_action` response into its typed model, SendTestWebhookActionResponse."""
    return SendTestWebhookActionResponse.from_dict(response.json())
