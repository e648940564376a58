"""`PUT /billing/credits/grants/{grant_id}/zero-out` (zero_out_grant): Zero out grant."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.zero_out_grant_response import ZeroOutGrantResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_credit_grant_zeroed_out_reason import BillingCreditGrantZeroedOutReason


def build_request(
    *,
    grant_id: str,
    reason: BillingCreditGrantZeroedOutReason | None | Unset = UNSET,
) -> PreparedRequest:
    """Zero out grant: the request, described but not sent.

    `PUT /billing/credits/grants/{grant_id}/zero-out`

    Args:
        grant_id (str)
        reason (BillingCreditGrantZeroedOutReason | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(reason, Unset):
        _json["reason"] = reason
    return PreparedRequest(
        method="PUT",
        path="/billing/credits/grants/{grant_id}/zero-out".format(
            grant_id=quote(str(grant_id), safe=""),
        ),
        operation="zeroOutGrant",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> ZeroOutGrantResponse:
    """Parse a successful `zero_out_grant` response into its typed model, ZeroOutGrantResponse."""
    return ZeroOutGrantResponse.from_dict(response.json())
