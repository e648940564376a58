"""`GET /billing/payment-methods` (list_payment_methods): List payment methods."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_payment_methods_response import ListPaymentMethodsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str | Unset = UNSET,
    customer_external_id: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List payment methods: the request, described but not sent.

    `GET /billing/payment-methods`

    Args:
        company_id (str, optional)
        customer_external_id (str)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("customer_external_id", customer_external_id)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/payment-methods",
        operation="listPaymentMethods",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListPaymentMethodsResponse:
    """Parse a successful `list_payment_methods` response into its typed model, ListPaymentMethodsResponse."""
    return ListPaymentMethodsResponse.from_dict(response.json())
