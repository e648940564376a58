"""`DELETE /company-memberships/{company_membership_id}` (delete_company_membership): Delete company membership."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_company_membership_response import DeleteCompanyMembershipResponse


def build_request(
    *,
    company_membership_id: str,
) -> PreparedRequest:
    """Delete company membership: the request, described but not sent.

    `DELETE /company-memberships/{company_membership_id}`

    Args:
        company_membership_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/company-memberships/{company_membership_id}".format(
            company_membership_id=quote(str(company_membership_id), safe=""),
        ),
        operation="deleteCompanyMembership",
    )


def parse_response(response: httpx.Response) -> DeleteCompanyMembershipResponse:
    """Parse a successful `delete_company_membership` response into its typed model, DeleteCompanyMembershipResponse."""
    return DeleteCompanyMembershipResponse.from_dict(response.json())
