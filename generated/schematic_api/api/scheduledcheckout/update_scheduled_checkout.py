"""`PUT /scheduled-checkout/{scheduled_checkout_id}` (update_scheduled_checkout): Update scheduled checkout."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_scheduled_checkout_response import UpdateScheduledCheckoutResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.scheduled_checkout_status import ScheduledCheckoutStatus


def build_request(
    *,
    scheduled_checkout_id: str,
    execute_after: datetime.datetime | None | Unset = UNSET,
    status: ScheduledCheckoutStatus | None | Unset = UNSET,
) -> PreparedRequest:
    """Update scheduled checkout: the request, described but not sent.

    `PUT /scheduled-checkout/{scheduled_checkout_id}`

    Args:
        scheduled_checkout_id (str)
        execute_after (datetime.datetime | None, optional)
        status (ScheduledCheckoutStatus | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(execute_after, Unset):
        _json["execute_after"] = execute_after
    if not isinstance(status, Unset):
        _json["status"] = status
    return PreparedRequest(
        method="PUT",
        path="/scheduled-checkout/{scheduled_checkout_id}".format(
            scheduled_checkout_id=quote(str(scheduled_checkout_id), safe=""),
        ),
        operation="updateScheduledCheckout",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateScheduledCheckoutResponse:
    """Parse a successful `update_scheduled_checkout` response into its typed model, UpdateScheduledCheckoutResponse."""
    return UpdateScheduledCheckoutResponse.from_dict(response.json())
