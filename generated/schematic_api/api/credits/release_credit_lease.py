"""`PUT /billing/credits/lease/{lease_id}/release` (release_credit_lease): Release credit lease."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.release_credit_lease_response import ReleaseCreditLeaseResponse
from ...types import Unset


def build_request(
    *,
    lease_id: str,
    body: Mapping[str, Any],
) -> PreparedRequest:
    """Release credit lease: the request, described but not sent.

    `PUT /billing/credits/lease/{lease_id}/release`

    Args:
        lease_id (str)
        body (Mapping[str, Any])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="PUT",
        path="/billing/credits/lease/{lease_id}/release".format(
            lease_id=quote(str(lease_id), safe=""),
        ),
        operation="releaseCreditLease",
        json=None if isinstance(body, Unset) else to_jsonable(body),
        has_body=not isinstance(body, Unset),
    )


def parse_response(response: httpx.Response) -> ReleaseCreditLeaseResponse:
    """Parse a successful `release_credit_lease` response into its typed model, ReleaseCreditLeaseResponse."""
    return ReleaseCreditLeaseResponse.from_dict(response.json())
