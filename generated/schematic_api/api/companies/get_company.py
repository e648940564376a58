"""`GET /companies/{company_id}` (get_company): Get a company by id."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_company_response import GetCompanyResponse


def build_request(
    *,
    company_id: str,
) -> PreparedRequest:
    """Get a company by id: the request, described but not sent.

    `GET /companies/{company_id}`

    Args:
        company_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/companies/{company_id}".format(
            company_id=quote(str(company_id), safe=""),
        ),
        operation="getCompany",
    )


def parse_response(response: httpx.Response) -> GetCompanyResponse:
    """Parse a successful `get_company` response into its typed model, GetCompanyResponse."""
    return GetCompanyResponse.from_dict(response.json())
