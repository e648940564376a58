"""`POST /manage-plan/subscription/cancel` (cancel_subscription): Cancel subscription."""

from __future__ import annotations

from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.cancel_subscription_response import CancelSubscriptionResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str,
    cancel_immediately: bool | None | Unset = UNSET,
    prorate: bool | None | Unset = UNSET,
) -> PreparedRequest:
    """Cancel subscription: the request, described but not sent.

    `POST /manage-plan/subscription/cancel`

    Args:
        company_id (str)
        cancel_immediately (bool | None, optional)
        prorate (bool | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "company_id": company_id,
    }
    if not isinstance(cancel_immediately, Unset):
        _json["cancel_immediately"] = cancel_immediately
    if not isinstance(prorate, Unset):
        _json["prorate"] = prorate
    return PreparedRequest(
        method="POST",
        path="/manage-plan/subscription/cancel",
        operation="cancelSubscription",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CancelSubscriptionResponse:
    """Parse a successful `cancel_subscription` response into its typed model, CancelSubscriptionResponse."""
    return CancelSubscriptionResponse.from_dict(response.json())
