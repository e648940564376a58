"""`POST /billing/credits/bundles` (create_credit_bundle): Create credit bundle."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_credit_bundle_response import CreateCreditBundleResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_credit_bundle_status import BillingCreditBundleStatus
    from ...models.billing_credit_bundle_type import BillingCreditBundleType
    from ...models.billing_credit_expiry_type import BillingCreditExpiryType
    from ...models.billing_credit_expiry_unit import BillingCreditExpiryUnit
    from ...models.credit_bundle_currency_price_request_body import CreditBundleCurrencyPriceRequestBody


def build_request(
    *,
    bundle_name: str,
    credit_id: str,
    currency: str,
    price_per_unit: int,
    bundle_type: BillingCreditBundleType | None | Unset = UNSET,
    compatible_plan_ids: Sequence[str] | None | Unset = UNSET,
    currency_prices: Sequence[CreditBundleCurrencyPriceRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
    expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
    expiry_unit_count: int | None | Unset = UNSET,
    price_per_unit_decimal: str | None | Unset = UNSET,
    quantity: int | None | Unset = UNSET,
    status: BillingCreditBundleStatus | None | Unset = UNSET,
) -> PreparedRequest:
    """Create credit bundle: the request, described but not sent.

    `POST /billing/credits/bundles`

    Args:
        bundle_name (str)
        credit_id (str)
        currency (str)
        price_per_unit (int)
        bundle_type (BillingCreditBundleType | None, optional)
        compatible_plan_ids (Sequence[str] | None, optional)
        currency_prices (Sequence[CreditBundleCurrencyPriceRequestBody | Mapping[str, Any]] | None,
            optional)
        expiry_type (BillingCreditExpiryType | None, optional)
        expiry_unit (BillingCreditExpiryUnit | None, optional)
        expiry_unit_count (int | None, optional)
        price_per_unit_decimal (str | None, optional)
        quantity (int | None, optional)
        status (BillingCreditBundleStatus | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "bundle_name": bundle_name,
        "credit_id": credit_id,
        "currency": currency,
        "price_per_unit": price_per_unit,
    }
    if not isinstance(bundle_type, Unset):
        _json["bundle_type"] = bundle_type
    if not isinstance(compatible_plan_ids, Unset):
        _json["compatible_plan_ids"] = compatible_plan_ids
    if not isinstance(currency_prices, Unset):
        _json["currency_prices"] = currency_prices
    if not isinstance(expiry_type, Unset):
        _json["expiry_type"] = expiry_type
    if not isinstance(expiry_unit, Unset):
        _json["expiry_unit"] = expiry_unit
    if not isinstance(expiry_unit_count, Unset):
        _json["expiry_unit_count"] = expiry_unit_count
    if not isinstance(price_per_unit_decimal, Unset):
        _json["price_per_unit_decimal"] = price_per_unit_decimal
    if not isinstance(quantity, Unset):
        _json["quantity"] = quantity
    if not isinstance(status, Unset):
        _json["status"] = status
    return PreparedRequest(
        method="POST",
        path="/billing/credits/bundles",
        operation="createCreditBundle",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateCreditBundleResponse:
    """Parse a successful `create_credit_bundle` response into its typed model, CreateCreditBundleResponse."""
    return CreateCreditBundleResponse.from_dict(response.json())
