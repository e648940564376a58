"""`GET /billing/credits/{credit_id}` (get_single_billing_credit): Get single billing credit."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_single_billing_credit_response import GetSingleBillingCreditResponse


def build_request(
    *,
    credit_id: str,
) -> PreparedRequest:
    """Get single billing credit: the request, described but not sent.

    `GET /billing/credits/{credit_id}`

    Args:
        credit_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/billing/credits/{credit_id}".format(
            credit_id=quote(str(credit_id), safe=""),
        ),
        operation="getSingleBillingCredit",
    )


def parse_response(response: httpx.Response) -> GetSingleBillingCreditResponse:
    """Parse a successful `get_single_billing_credit` response into its typed model, GetSingleBillingCreditResponse."""
    return GetSingleBillingCreditResponse.from_dict(response.json())
