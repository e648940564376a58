"""`GET /billing/products` (list_billing_products): List billing products."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_billing_products_response import ListBillingProductsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_price_usage_type import BillingPriceUsageType
    from ...models.billing_provider_type import BillingProviderType


def build_request(
    *,
    ids: Sequence[str] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    price_usage_type: BillingPriceUsageType | Unset = UNSET,
    provider_type: BillingProviderType | Unset = UNSET,
    q: str | Unset = UNSET,
    recurring_charges_only: bool | Unset = UNSET,
    with_one_time_charges: bool | Unset = UNSET,
    with_prices_only: bool | Unset = UNSET,
    with_zero_price: bool | Unset = UNSET,
    without_linked_to_plan: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List billing products: the request, described but not sent.

    `GET /billing/products`

    Args:
        ids (Sequence[str], optional)
        is_active (bool, optional)
        name (str, optional)
        price_usage_type (BillingPriceUsageType, optional)
        provider_type (BillingProviderType, optional)
        q (str, optional)
        recurring_charges_only (bool, optional)
        with_one_time_charges (bool, optional)
        with_prices_only (bool, optional)
        with_zero_price (bool, optional)
        without_linked_to_plan (bool, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("ids", ids)
    params += query_pairs("is_active", is_active)
    params += query_pairs("name", name)
    params += query_pairs("price_usage_type", price_usage_type)
    params += query_pairs("provider_type", provider_type)
    params += query_pairs("q", q)
    params += query_pairs("recurring_charges_only", recurring_charges_only)
    params += query_pairs("with_one_time_charges", with_one_time_charges)
    params += query_pairs("with_prices_only", with_prices_only)
    params += query_pairs("with_zero_price", with_zero_price)
    params += query_pairs("without_linked_to_plan", without_linked_to_plan)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/products",
        operation="listBillingProducts",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListBillingProductsResponse:
    """Parse a successful `list_billing_products` response into its typed model, ListBillingProductsResponse."""
    return ListBillingProductsResponse.from_dict(response.json())
