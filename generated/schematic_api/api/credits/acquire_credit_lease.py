"""`POST /billing/credits/lease` (acquire_credit_lease): Reserve credits for a usage (a credit lease)."""

from __future__ import annotations

import datetime
from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.acquire_credit_lease_response import AcquireCreditLeaseResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str,
    credit_type_id: str,
    requested_amount: float,
    expires_at: datetime.datetime | None | Unset = UNSET,
) -> PreparedRequest:
    """Reserve credits for a usage (a credit lease): the request, described but not sent.

    `POST /billing/credits/lease`

    Args:
        company_id (str)
        credit_type_id (str)
        requested_amount (float)
        expires_at (datetime.datetime | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "company_id": company_id,
        "credit_type_id": credit_type_id,
        "requested_amount": requested_amount,
    }
    if not isinstance(expires_at, Unset):
        _json["expires_at"] = expires_at
    return PreparedRequest(
        method="POST",
        path="/billing/credits/lease",
        operation="acquireCreditLease",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> AcquireCreditLeaseResponse:
    """Parse a successful `acquire_credit_lease` response into its typed model, AcquireCreditLeaseResponse."""
    return AcquireCreditLeaseResponse.from_dict(response.json())
