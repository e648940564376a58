"""`PUT /billing/credits/{credit_id}` (update_billing_credit): Update billing credit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_billing_credit_response import UpdateBillingCreditResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_credit_burn_strategy import BillingCreditBurnStrategy
    from ...models.billing_credit_expiry_unit import BillingCreditExpiryUnit
    from ...models.billing_credit_rollover_policy import BillingCreditRolloverPolicy
    from ...models.credit_currency_price_request_body import CreditCurrencyPriceRequestBody


def build_request(
    *,
    credit_id: str,
    description: str,
    name: str,
    burn_strategy: BillingCreditBurnStrategy | None | Unset = UNSET,
    currency_prices: Sequence[CreditCurrencyPriceRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
    default_expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
    default_expiry_unit_count: int | None | Unset = UNSET,
    default_rollover_policy: BillingCreditRolloverPolicy | None | Unset = UNSET,
    icon: str | None | Unset = UNSET,
    per_unit_price: int | None | Unset = UNSET,
    per_unit_price_decimal: str | None | Unset = UNSET,
    plural_name: str | None | Unset = UNSET,
    singular_name: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Update billing credit: the request, described but not sent.

    `PUT /billing/credits/{credit_id}`

    Args:
        credit_id (str)
        description (str)
        name (str)
        burn_strategy (BillingCreditBurnStrategy | None, optional)
        currency_prices (Sequence[CreditCurrencyPriceRequestBody | Mapping[str, Any]] | None, optional)
        default_expiry_unit (BillingCreditExpiryUnit | None, optional)
        default_expiry_unit_count (int | None, optional)
        default_rollover_policy (BillingCreditRolloverPolicy | None, optional)
        icon (str | None, optional)
        per_unit_price (int | None, optional)
        per_unit_price_decimal (str | None, optional)
        plural_name (str | None, optional)
        singular_name (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "description": description,
        "name": name,
    }
    if not isinstance(burn_strategy, Unset):
        _json["burn_strategy"] = burn_strategy
    if not isinstance(currency_prices, Unset):
        _json["currency_prices"] = currency_prices
    if not isinstance(default_expiry_unit, Unset):
        _json["default_expiry_unit"] = default_expiry_unit
    if not isinstance(default_expiry_unit_count, Unset):
        _json["default_expiry_unit_count"] = default_expiry_unit_count
    if not isinstance(default_rollover_policy, Unset):
        _json["default_rollover_policy"] = default_rollover_policy
    if not isinstance(icon, Unset):
        _json["icon"] = icon
    if not isinstance(per_unit_price, Unset):
        _json["per_unit_price"] = per_unit_price
    if not isinstance(per_unit_price_decimal, Unset):
        _json["per_unit_price_decimal"] = per_unit_price_decimal
    if not isinstance(plural_name, Unset):
        _json["plural_name"] = plural_name
    if not isinstance(singular_name, Unset):
        _json["singular_name"] = singular_name
    return PreparedRequest(
        method="PUT",
        path="/billing/credits/{credit_id}".format(
            credit_id=quote(str(credit_id), safe=""),
        ),
        operation="updateBillingCredit",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateBillingCreditResponse:
    """Parse a successful `update_billing_credit` response into its typed model, UpdateBillingCreditResponse."""
    return UpdateBillingCreditResponse.from_dict(response.json())
