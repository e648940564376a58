"""`POST /billing/price/upsert` (upsert_billing_price): Upsert billing price."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_billing_price_response import UpsertBillingPriceResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_price_scheme import BillingPriceScheme
    from ...models.billing_price_usage_type import BillingPriceUsageType
    from ...models.billing_provider_type import BillingProviderType
    from ...models.billing_tiers_mode import BillingTiersMode
    from ...models.create_billing_price_tier_request_body import CreateBillingPriceTierRequestBody


def build_request(
    *,
    billing_scheme: BillingPriceScheme,
    currency: str,
    external_account_id: str,
    interval: str,
    is_active: bool,
    price: int,
    price_external_id: str,
    price_tiers: Sequence[CreateBillingPriceTierRequestBody | Mapping[str, Any]],
    product_external_id: str,
    usage_type: BillingPriceUsageType,
    interval_count: int | None | Unset = UNSET,
    meter_id: str | None | Unset = UNSET,
    nickname: str | None | Unset = UNSET,
    package_size: int | None | Unset = UNSET,
    price_decimal: str | None | Unset = UNSET,
    provider_type: BillingProviderType | None | Unset = UNSET,
    tiers_mode: BillingTiersMode | None | Unset = UNSET,
) -> PreparedRequest:
    """Upsert billing price: the request, described but not sent.

    `POST /billing/price/upsert`

    Args:
        billing_scheme (BillingPriceScheme)
        currency (str)
        external_account_id (str)
        interval (str)
        is_active (bool)
        price (int)
        price_external_id (str)
        price_tiers (Sequence[CreateBillingPriceTierRequestBody | Mapping[str, Any]])
        product_external_id (str)
        usage_type (BillingPriceUsageType)
        interval_count (int | None, optional)
        meter_id (str | None, optional)
        nickname (str | None, optional)
        package_size (int | None, optional)
        price_decimal (str | None, optional)
        provider_type (BillingProviderType | None, optional)
        tiers_mode (BillingTiersMode | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "billing_scheme": billing_scheme,
        "currency": currency,
        "external_account_id": external_account_id,
        "interval": interval,
        "is_active": is_active,
        "price": price,
        "price_external_id": price_external_id,
        "price_tiers": price_tiers,
        "product_external_id": product_external_id,
        "usage_type": usage_type,
    }
    if not isinstance(interval_count, Unset):
        _json["interval_count"] = interval_count
    if not isinstance(meter_id, Unset):
        _json["meter_id"] = meter_id
    if not isinstance(nickname, Unset):
        _json["nickname"] = nickname
    if not isinstance(package_size, Unset):
        _json["package_size"] = package_size
    if not isinstance(price_decimal, Unset):
        _json["price_decimal"] = price_decimal
    if not isinstance(provider_type, Unset):
        _json["provider_type"] = provider_type
    if not isinstance(tiers_mode, Unset):
        _json["tiers_mode"] = tiers_mode
    return PreparedRequest(
        method="POST",
        path="/billing/price/upsert",
        operation="upsertBillingPrice",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertBillingPriceResponse:
    """Parse a successful `upsert_billing_price` response into its typed model, UpsertBillingPriceResponse."""
    return UpsertBillingPriceResponse.from_dict(response.json())
