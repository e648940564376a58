"""`POST /scheduled-checkout` (create_scheduled_checkout): Create scheduled checkout."""

from __future__ import annotations

import datetime
from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_scheduled_checkout_response import CreateScheduledCheckoutResponse


def build_request(
    *,
    company_id: str,
    execute_after: datetime.datetime,
    from_plan_id: str,
    to_plan_id: str,
) -> PreparedRequest:
    """Create scheduled checkout: the request, described but not sent.

    `POST /scheduled-checkout`

    Args:
        company_id (str)
        execute_after (datetime.datetime)
        from_plan_id (str)
        to_plan_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "company_id": company_id,
        "execute_after": execute_after,
        "from_plan_id": from_plan_id,
        "to_plan_id": to_plan_id,
    }
    return PreparedRequest(
        method="POST",
        path="/scheduled-checkout",
        operation="createScheduledCheckout",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateScheduledCheckoutResponse:
    """Parse a successful `create_scheduled_checkout` response into its typed model, CreateScheduledCheckoutResponse."""
    return CreateScheduledCheckoutResponse.from_dict(response.json())
