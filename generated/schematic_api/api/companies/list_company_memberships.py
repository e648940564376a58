"""`GET /company-memberships` (list_company_memberships): List company memberships."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_company_memberships_response import ListCompanyMembershipsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List company memberships: the request, described but not sent.

    `GET /company-memberships`

    Args:
        company_id (str, optional)
        user_id (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("user_id", user_id)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/company-memberships",
        operation="listCompanyMemberships",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListCompanyMembershipsResponse:
    """Parse a successful `list_company_memberships` response into its typed model, ListCompanyMembershipsResponse."""
    return ListCompanyMembershipsResponse.from_dict(response.json())
