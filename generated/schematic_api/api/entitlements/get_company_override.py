"""`GET /company-overrides/{company_override_id}` (get_company_override): Get company override."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_company_override_response import GetCompanyOverrideResponse


def build_request(
    *,
    company_override_id: str,
) -> PreparedRequest:
    """Get company override: the request, described but not sent.

    `GET /company-overrides/{company_override_id}`

    Args:
        company_override_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/company-overrides/{company_override_id}".format(
            company_override_id=quote(str(company_override_id), safe=""),
        ),
        operation="getCompanyOverride",
    )


def parse_response(response: httpx.Response) -> GetCompanyOverrideResponse:
    """Parse a successful `get_company_override` response into its typed model, GetCompanyOverrideResponse."""
    return GetCompanyOverrideResponse.from_dict(response.json())
