"""`PUT /billing/credits/lease/{lease_id}/extend` (extend_credit_lease): Extend credit lease."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.extend_credit_lease_response import ExtendCreditLeaseResponse
from ...types import UNSET, Unset


def build_request(
    *,
    lease_id: str,
    additional_amount: float,
    expires_at: datetime.datetime | None | Unset = UNSET,
) -> PreparedRequest:
    """Extend credit lease: the request, described but not sent.

    `PUT /billing/credits/lease/{lease_id}/extend`

    Args:
        lease_id (str)
        additional_amount (float)
        expires_at (datetime.datetime | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "additional_amount": additional_amount,
    }
    if not isinstance(expires_at, Unset):
        _json["expires_at"] = expires_at
    return PreparedRequest(
        method="PUT",
        path="/billing/credits/lease/{lease_id}/extend".format(
            lease_id=quote(str(lease_id), safe=""),
        ),
        operation="extendCreditLease",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> ExtendCreditLeaseResponse:
    """Parse a successful `extend_credit_lease` response into its typed model, ExtendCreditLeaseResponse."""
    return ExtendCreditLeaseResponse.from_dict(response.json())
