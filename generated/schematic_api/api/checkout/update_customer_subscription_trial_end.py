"""`PUT /subscription/{subscription_id}/edit-trial-end` (update_customer_subscription_trial_end): Update customer subscription trial end."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_customer_subscription_trial_end_response import UpdateCustomerSubscriptionTrialEndResponse
from ...types import UNSET, Unset


def build_request(
    *,
    subscription_id: str,
    trial_end: datetime.datetime | None | Unset = UNSET,
) -> PreparedRequest:
    """Update customer subscription trial end: the request, described but not sent.

    `PUT /subscription/{subscription_id}/edit-trial-end`

    Args:
        subscription_id (str)
        trial_end (datetime.datetime | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(trial_end, Unset):
        _json["trial_end"] = trial_end
    return PreparedRequest(
        method="PUT",
        path="/subscription/{subscription_id}/edit-trial-end".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
        operation="updateCustomerSubscriptionTrialEnd",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateCustomerSubscriptionTrialEndResponse:
    """Parse a successful `update_customer_subscription_trial_end` response into its typed model, UpdateCustomerSubscriptionTrialEndResponse."""
    return UpdateCustomerSubscriptionTrialEndResponse.from_dict(response.json())
