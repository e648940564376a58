"""`GET /plans/billing-product-match-companies` (list_billing_product_match_companies): List billing product match companies."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_billing_product_match_companies_response import ListBillingProductMatchCompaniesResponse
from ...types import UNSET, Unset


def build_request(
    *,
    plan_id: str,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List billing product match companies: the request, described but not sent.

    `GET /plans/billing-product-match-companies`

    Args:
        plan_id (str)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("plan_id", plan_id)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/plans/billing-product-match-companies",
        operation="listBillingProductMatchCompanies",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListBillingProductMatchCompaniesResponse:
    """Parse a successful `list_billing_product_match_companies` response into its typed model, ListBillingProductMatchCompaniesResponse."""
    return ListBillingProductMatchCompaniesResponse.from_dict(response.json())
