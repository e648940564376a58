"""`GET /billing/credits/grants/company/list` (list_company_grants): List company grants."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_company_grants_response import ListCompanyGrantsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.credit_grant_sort_order import CreditGrantSortOrder
    from ...models.sort_direction import SortDirection


def build_request(
    *,
    company_id: str,
    order: CreditGrantSortOrder | Unset = UNSET,
    dir_: SortDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List company grants: the request, described but not sent.

    `GET /billing/credits/grants/company/list`

    Args:
        company_id (str)
        order (CreditGrantSortOrder, optional)
        dir_ (SortDirection, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("order", order)
    params += query_pairs("dir", dir_)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/credits/grants/company/list",
        operation="listCompanyGrants",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListCompanyGrantsResponse:
    """Parse a successful `list_company_grants` response into its typed model, ListCompanyGrantsResponse."""
    return ListCompanyGrantsResponse.from_dict(response.json())
