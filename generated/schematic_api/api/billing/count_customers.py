"""`GET /billing/customers/count` (count_customers): Count customers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_customers_response import CountCustomersResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType


def build_request(
    *,
    company_ids: Sequence[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    provider_type: BillingProviderType | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count customers: the request, described but not sent.

    `GET /billing/customers/count`

    Args:
        company_ids (Sequence[str], optional)
        name (str, optional)
        provider_type (BillingProviderType, optional)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_ids", company_ids)
    params += query_pairs("name", name)
    params += query_pairs("provider_type", provider_type)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/customers/count",
        operation="countCustomers",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountCustomersResponse:
    """Parse a successful `count_customers` response into its typed model, CountCustomersResponse."""
    return CountCustomersResponse.from_dict(response.json())
