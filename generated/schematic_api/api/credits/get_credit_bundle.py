"""`GET /billing/credits/bundles/{bundle_id}` (get_credit_bundle): Get credit bundle."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_credit_bundle_response import GetCreditBundleResponse


def build_request(
    *,
    bundle_id: str,
) -> PreparedRequest:
    """Get credit bundle: the request, described but not sent.

    `GET /billing/credits/bundles/{bundle_id}`

    Args:
        bundle_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/billing/credits/bundles/{bundle_id}".format(
            bundle_id=quote(str(bundle_id), safe=""),
        ),
        operation="getCreditBundle",
    )


def parse_response(response: httpx.Response) -> GetCreditBundleResponse:
    """Parse a successful `get_credit_bundle` response into its typed model, GetCreditBundleResponse."""
    return GetCreditBundleResponse.from_dict(response.json())
