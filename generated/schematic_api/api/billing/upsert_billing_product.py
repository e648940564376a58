"""`POST /billing/product/upsert` (upsert_billing_product): Create or update a billing product."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_billing_product_response import UpsertBillingProductResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType


def build_request(
    *,
    external_id: str,
    price: float,
    is_active: bool | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    provider_type: BillingProviderType | None | Unset = UNSET,
) -> PreparedRequest:
    """Create or update a billing product: the request, described but not sent.

    `POST /billing/product/upsert`

    Args:
        external_id (str)
        price (float)
        is_active (bool | None, optional)
        name (str | None, optional)
        provider_type (BillingProviderType | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "external_id": external_id,
        "price": price,
    }
    if not isinstance(is_active, Unset):
        _json["is_active"] = is_active
    if not isinstance(name, Unset):
        _json["name"] = name
    if not isinstance(provider_type, Unset):
        _json["provider_type"] = provider_type
    return PreparedRequest(
        method="POST",
        path="/billing/product/upsert",
        operation="upsertBillingProduct",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertBillingProductResponse:
    """Parse a successful `upsert_billing_product` response into its typed model, UpsertBillingProductResponse."""
    return UpsertBillingProductResponse.from_dict(response.json())
