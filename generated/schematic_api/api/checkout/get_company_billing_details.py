"""`GET /companies/{company_id}/billing-details` (get_company_billing_details): Get company billing details."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_company_billing_details_response import GetCompanyBillingDetailsResponse


def build_request(
    *,
    company_id: str,
) -> PreparedRequest:
    """Get company billing details: the request, described but not sent.

    `GET /companies/{company_id}/billing-details`

    Args:
        company_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/companies/{company_id}/billing-details".format(
            company_id=quote(str(company_id), safe=""),
        ),
        operation="getCompanyBillingDetails",
    )


def parse_response(response: httpx.Response) -> GetCompanyBillingDetailsResponse:
    """Parse a successful `get_company_billing_details` response into its typed model, GetCompanyBillingDetailsResponse."""
    return GetCompanyBillingDetailsResponse.from_dict(response.json())
