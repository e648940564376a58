"""`PUT /plans/{plan_id}/billing_products` (upsert_billing_product_plan): Upsert billing product plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_billing_product_plan_response import UpsertBillingProductPlanResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_strategy import BillingStrategy
    from ...models.charge_type import ChargeType
    from ...models.plan_currency_price_request_body import PlanCurrencyPriceRequestBody


def build_request(
    *,
    plan_id: str,
    charge_type: ChargeType,
    is_trialable: bool,
    billing_product_id: str | None | Unset = UNSET,
    billing_strategy: BillingStrategy | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    currency_prices: Sequence[PlanCurrencyPriceRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
    monthly_price: int | None | Unset = UNSET,
    monthly_price_id: str | None | Unset = UNSET,
    one_time_price: int | None | Unset = UNSET,
    one_time_price_id: str | None | Unset = UNSET,
    quarterly_price: int | None | Unset = UNSET,
    quarterly_price_id: str | None | Unset = UNSET,
    trial_days: int | None | Unset = UNSET,
    yearly_price: int | None | Unset = UNSET,
    yearly_price_id: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Upsert billing product plan: the request, described but not sent.

    `PUT /plans/{plan_id}/billing_products`

    Args:
        plan_id (str)
        charge_type (ChargeType)
        is_trialable (bool)
        billing_product_id (str | None, optional)
        billing_strategy (BillingStrategy | None, optional)
        currency (str | None, optional)
        currency_prices (Sequence[PlanCurrencyPriceRequestBody | Mapping[str, Any]] | None, optional)
        monthly_price (int | None, optional)
        monthly_price_id (str | None, optional)
        one_time_price (int | None, optional)
        one_time_price_id (str | None, optional)
        quarterly_price (int | None, optional)
        quarterly_price_id (str | None, optional)
        trial_days (int | None, optional)
        yearly_price (int | None, optional)
        yearly_price_id (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "charge_type": charge_type,
        "is_trialable": is_trialable,
    }
    if not isinstance(billing_product_id, Unset):
        _json["billing_product_id"] = billing_product_id
    if not isinstance(billing_strategy, Unset):
        _json["billing_strategy"] = billing_strategy
    if not isinstance(currency, Unset):
        _json["currency"] = currency
    if not isinstance(currency_prices, Unset):
        _json["currency_prices"] = currency_prices
    if not isinstance(monthly_price, Unset):
        _json["monthly_price"] = monthly_price
    if not isinstance(monthly_price_id, Unset):
        _json["monthly_price_id"] = monthly_price_id
    if not isinstance(one_time_price, Unset):
        _json["one_time_price"] = one_time_price
    if not isinstance(one_time_price_id, Unset):
        _json["one_time_price_id"] = one_time_price_id
    if not isinstance(quarterly_price, Unset):
        _json["quarterly_price"] = quarterly_price
    if not isinstance(quarterly_price_id, Unset):
        _json["quarterly_price_id"] = quarterly_price_id
    if not isinstance(trial_days, Unset):
        _json["trial_days"] = trial_days
    if not isinstance(yearly_price, Unset):
        _json["yearly_price"] = yearly_price
    if not isinstance(yearly_price_id, Unset):
        _json["yearly_price_id"] = yearly_price_id
    return PreparedRequest(
        method="PUT",
        path="/plans/{plan_id}/billing_products".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
        operation="upsertBillingProductPlan",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertBillingProductPlanResponse:
    """Parse a successful `upsert_billing_product_plan` response into its typed model, UpsertBillingProductPlanResponse."""
    return UpsertBillingProductPlanResponse.from_dict(response.json())
