"""`GET /companies/{company_id}` (get_company): Get a company by id."""

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_company_response import GetCompanyResponse


def build_request(
    *,
    company_id: str,
) -> PreparedRequest:
    """Describe the `get_company` request for the given arguments."""
    return PreparedRequest(
        method="GET",
        path="/companies/{company_id}".format(
            company_id=quote(str(company_id), safe=""),
        ),
        operation="getCompany",
    )


def parse_response(response: httpx.Response) -> GetCompanyResponse:
    """Parse a successful `get_company` response into its typed model."""
    response_200 = GetCompanyResponse.from_dict(response.json())

    return response_200
