"""`PUT /billing/credits/bundles/{bundle_id}` (update_credit_bundle_details): Update credit bundle details."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_credit_bundle_details_response import UpdateCreditBundleDetailsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_credit_bundle_status import BillingCreditBundleStatus
    from ...models.billing_credit_expiry_type import BillingCreditExpiryType
    from ...models.billing_credit_expiry_unit import BillingCreditExpiryUnit
    from ...models.credit_bundle_currency_price_request_body import CreditBundleCurrencyPriceRequestBody


def build_request(
    *,
    bundle_id: str,
    bundle_name: str,
    price_per_unit: int,
    compatible_plan_ids: Sequence[str] | None | Unset = UNSET,
    currency_prices: Sequence[CreditBundleCurrencyPriceRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
    expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
    expiry_unit_count: int | None | Unset = UNSET,
    price_per_unit_decimal: str | None | Unset = UNSET,
    quantity: int | None | Unset = UNSET,
    status: BillingCreditBundleStatus | None | Unset = UNSET,
) -> PreparedRequest:
    """Update credit bundle details: the request, described but not sent.

    `PUT /billing/credits/bundles/{bundle_id}`

    Args:
        bundle_id (str)
        bundle_name (str)
        price_per_unit (int)
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
        "price_per_unit": price_per_unit,
    }
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
        method="PUT",
        path="/billing/credits/bundles/{bundle_id}".format(
            bundle_id=quote(str(bundle_id), safe=""),
        ),
        operation="updateCreditBundleDetails",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateCreditBundleDetailsResponse:
    """Parse a successful `update_credit_bundle_details` response into its typed model, UpdateCreditBundleDetailsResponse."""
    return UpdateCreditBundleDetailsResponse.from_dict(response.json())
