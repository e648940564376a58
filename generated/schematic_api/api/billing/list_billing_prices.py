"""`GET /billing/price` (list_billing_prices): List billing prices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_billing_prices_response import ListBillingPricesResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_price_usage_type import BillingPriceUsageType
    from ...models.billing_provider_type import BillingProviderType
    from ...models.billing_tiers_mode import BillingTiersMode


def build_request(
    *,
    currency: str | Unset = UNSET,
    for_initial_plan: bool | Unset = UNSET,
    for_trial_expiry_plan: bool | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    interval: str | Unset = UNSET,
    interval_count: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    plan_version_id: str | Unset = UNSET,
    price: int | Unset = UNSET,
    product_id: str | Unset = UNSET,
    product_ids: Sequence[str] | Unset = UNSET,
    provider_type: BillingProviderType | Unset = UNSET,
    q: str | Unset = UNSET,
    tiers_mode: BillingTiersMode | Unset = UNSET,
    usage_type: BillingPriceUsageType | Unset = UNSET,
    with_meter: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List billing prices: the request, described but not sent.

    `GET /billing/price`

    Args:
        currency (str, optional)
        for_initial_plan (bool, optional)
        for_trial_expiry_plan (bool, optional)
        ids (Sequence[str], optional)
        interval (str, optional)
        interval_count (int, optional)
        is_active (bool, optional)
        plan_version_id (str, optional)
        price (int, optional)
        product_id (str, optional)
        product_ids (Sequence[str], optional)
        provider_type (BillingProviderType, optional)
        q (str, optional)
        tiers_mode (BillingTiersMode, optional)
        usage_type (BillingPriceUsageType, optional)
        with_meter (bool, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("currency", currency)
    params += query_pairs("for_initial_plan", for_initial_plan)
    params += query_pairs("for_trial_expiry_plan", for_trial_expiry_plan)
    params += query_pairs("ids", ids)
    params += query_pairs("interval", interval)
    params += query_pairs("interval_count", interval_count)
    params += query_pairs("is_active", is_active)
    params += query_pairs("plan_version_id", plan_version_id)
    params += query_pairs("price", price)
    params += query_pairs("product_id", product_id)
    params += query_pairs("product_ids", product_ids)
    params += query_pairs("provider_type", provider_type)
    params += query_pairs("q", q)
    params += query_pairs("tiers_mode", tiers_mode)
    params += query_pairs("usage_type", usage_type)
    params += query_pairs("with_meter", with_meter)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/price",
        operation="listBillingPrices",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListBillingPricesResponse:
    """Parse a successful `list_billing_prices` response into its typed model, ListBillingPricesResponse."""
    return ListBillingPricesResponse.from_dict(response.json())
