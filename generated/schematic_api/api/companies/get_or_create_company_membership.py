"""`POST /company-memberships` (get_or_create_company_membership): Add a user to a company (or get the existing membership)."""

from __future__ import annotations

from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.get_or_create_company_membership_response import GetOrCreateCompanyMembershipResponse


def build_request(
    *,
    company_id: str,
    user_id: str,
) -> PreparedRequest:
    """Add a user to a company (or get the existing membership): the request, described but not sent.

    `POST /company-memberships`

    Args:
        company_id (str)
        user_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "company_id": company_id,
        "user_id": user_id,
    }
    return PreparedRequest(
        method="POST",
        path="/company-memberships",
        operation="getOrCreateCompanyMembership",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> GetOrCreateCompanyMembershipResponse:
    """Parse a successful `get_or_create_company_membership` response into its typed model, GetOrCreateCompanyMembershipResponse."""
    return GetOrCreateCompanyMembershipResponse.from_dict(response.json())
