"""`GET /billing/invoices` (list_invoices): List invoices."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_invoices_response import ListInvoicesResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str | Unset = UNSET,
    customer_external_id: str,
    subscription_external_id: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List invoices: the request, described but not sent.

    `GET /billing/invoices`

    Args:
        company_id (str, optional)
        customer_external_id (str)
        subscription_external_id (str)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("customer_external_id", customer_external_id)
    params += query_pairs("subscription_external_id", subscription_external_id)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/invoices",
        operation="listInvoices",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListInvoicesResponse:
    """Parse a successful `list_invoices` response into its typed model, ListInvoicesResponse."""
    return ListInvoicesResponse.from_dict(response.json())
