"""`GET /billing/credits/balance` (list_company_credit_balances): List company credit balances."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_company_credit_balances_response import ListCompanyCreditBalancesResponse


def build_request(
    *,
    company_id: str,
) -> PreparedRequest:
    """List company credit balances: the request, described but not sent.

    `GET /billing/credits/balance`

    Args:
        company_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    return PreparedRequest(
        method="GET",
        path="/billing/credits/balance",
        operation="listCompanyCreditBalances",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListCompanyCreditBalancesResponse:
    """Parse a successful `list_company_credit_balances` response into its typed model, ListCompanyCreditBalancesResponse."""
    return ListCompanyCreditBalancesResponse.from_dict(response.json())
