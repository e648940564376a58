"""`GET /scheduled-checkout/{scheduled_checkout_id}` (get_scheduled_checkout): Get scheduled checkout."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_scheduled_checkout_response import GetScheduledCheckoutResponse


def build_request(
    *,
    scheduled_checkout_id: str,
) -> PreparedRequest:
    """Get scheduled checkout: the request, described but not sent.

    `GET /scheduled-checkout/{scheduled_checkout_id}`

    Args:
        scheduled_checkout_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/scheduled-checkout/{scheduled_checkout_id}".format(
            scheduled_checkout_id=quote(str(scheduled_checkout_id), safe=""),
        ),
        operation="getScheduledCheckout",
    )


def parse_response(response: httpx.Response) -> GetScheduledCheckoutResponse:
    """Parse a successful `get_scheduled_checkout` response into its typed model, GetScheduledCheckoutResponse."""
    return GetScheduledCheckoutResponse.from_dict(response.json())
