"""`DELETE /company-overrides/{company_override_id}` (delete_company_override): Delete company override."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_company_override_response import DeleteCompanyOverrideResponse


def build_request(
    *,
    company_override_id: str,
) -> PreparedRequest:
    """Delete company override: the request, described but not sent.

    `DELETE /company-overrides/{company_override_id}`

    Args:
        company_override_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/company-overrides/{company_override_id}".format(
            company_override_id=quote(str(company_override_id), safe=""),
        ),
        operation="deleteCompanyOverride",
    )


def parse_response(response: httpx.Response) -> DeleteCompanyOverrideResponse:
    """Parse a successful `delete_company_override` response into its typed model, DeleteCompanyOverrideResponse."""
    return DeleteCompanyOverrideResponse.from_dict(response.json())
