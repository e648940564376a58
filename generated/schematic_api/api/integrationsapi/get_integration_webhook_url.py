"""`GET /integrations/{type}/webhook-url` (get_integration_webhook_url): Get integration webhook url."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_integration_webhook_url_response import GetIntegrationWebhookUrlResponse


def build_request(
    *,
    type_: str,
) -> PreparedRequest:
    """Get integration webhook url: the request, described but not sent.

    `GET /integrations/{type}/webhook-url`

    Args:
        type_ (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/integrations/{type_}/webhook-url".format(
            type_=quote(str(type_), safe=""),
        ),
        operation="getIntegrationWebhookUrl",
    )


def parse_response(response: httpx.Response) -> GetIntegrationWebhookUrlResponse:
    """Parse a successful `get_integration_webhook_url` response into its typed model, GetIntegrationWebhookUrlResponse."""
    return GetIntegrationWebhookUrlResponse.from_dict(response.json())
