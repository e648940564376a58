"""`GET /company-billing-entity` (get_company_billing_entity): Get company billing entity."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_company_billing_entity_response import GetCompanyBillingEntityResponse


def build_request(
    *,
    company_id: str,
) -> PreparedRequest:
    """Get company billing entity: the request, described but not sent.

    `GET /company-billing-entity`

    Args:
        company_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    return PreparedRequest(
        method="GET",
        path="/company-billing-entity",
        operation="getCompanyBillingEntity",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetCompanyBillingEntityResponse:
    """Parse a successful `get_company_billing_entity` response into its typed model, GetCompanyBillingEntityResponse."""
    return GetCompanyBillingEntityResponse.from_dict(response.json())
