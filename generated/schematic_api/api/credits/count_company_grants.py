"""`GET /billing/credits/grants/company/count` (count_company_grants): Count company grants."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_company_grants_response import CountCompanyGrantsResponse
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
    """Count company grants: the request, described but not sent.

    `GET /billing/credits/grants/company/count`

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
        path="/billing/credits/grants/company/count",
        operation="countCompanyGrants",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountCompanyGrantsResponse:
    """Parse a successful `count_company_grants` response into its typed model, CountCompanyGrantsResponse."""
    return CountCompanyGrantsResponse.from_dict(response.json())
