"""`POST /plan-entitlements/billing-linked` (upsert_plan_entitlement_for_billing_product): Upsert plan entitlement for billing product."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_plan_entitlement_for_billing_product_response import (
    UpsertPlanEntitlementForBillingProductResponse,
)
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType
    from ...models.billing_tiers_mode import BillingTiersMode
    from ...models.create_price_tier_request_body import CreatePriceTierRequestBody
    from ...models.currency_price_request_body import CurrencyPriceRequestBody
    from ...models.entitlement_price_behavior import EntitlementPriceBehavior
    from ...models.entitlement_value_type import EntitlementValueType
    from ...models.metric_period import MetricPeriod
    from ...models.metric_period_month_reset import MetricPeriodMonthReset
    from ...models.warning_tier_request_body import WarningTierRequestBody


def build_request(
    *,
    billing_provider: BillingProviderType,
    external_resource_id: str,
    feature_id: str,
    plan_id: str,
    value_type: EntitlementValueType,
    billing_product_id: str | None | Unset = UNSET,
    billing_threshold: int | None | Unset = UNSET,
    credit_consumption_rate: float | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    currency_prices: Sequence[CurrencyPriceRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
    metric_period: MetricPeriod | None | Unset = UNSET,
    metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET,
    monthly_metered_price_id: str | None | Unset = UNSET,
    monthly_price_tiers: Sequence[CreatePriceTierRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
    monthly_unit_price: int | None | Unset = UNSET,
    monthly_unit_price_decimal: str | None | Unset = UNSET,
    overage_billing_product_id: str | None | Unset = UNSET,
    plan_version_id: str | None | Unset = UNSET,
    price_behavior: EntitlementPriceBehavior | None | Unset = UNSET,
    price_tiers: Sequence[CreatePriceTierRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
    quarterly_metered_price_id: str | None | Unset = UNSET,
    quarterly_price_tiers: Sequence[CreatePriceTierRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
    quarterly_unit_price: int | None | Unset = UNSET,
    quarterly_unit_price_decimal: str | None | Unset = UNSET,
    soft_limit: int | None | Unset = UNSET,
    tier_mode: BillingTiersMode | None | Unset = UNSET,
    usage_quantity: int | None | Unset = UNSET,
    value_bool: bool | None | Unset = UNSET,
    value_credit_id: str | None | Unset = UNSET,
    value_numeric: int | None | Unset = UNSET,
    value_trait_id: str | None | Unset = UNSET,
    warning_tiers: Sequence[WarningTierRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
    yearly_metered_price_id: str | None | Unset = UNSET,
    yearly_price_tiers: Sequence[CreatePriceTierRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
    yearly_unit_price: int | None | Unset = UNSET,
    yearly_unit_price_decimal: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Upsert plan entitlement for billing product: the request, described but not sent.

    `POST /plan-entitlements/billing-linked`

    Args:
        billing_provider (BillingProviderType)
        external_resource_id (str)
        feature_id (str)
        plan_id (str)
        value_type (EntitlementValueType)
        billing_product_id (str | None, optional)
        billing_threshold (int | None, optional)
        credit_consumption_rate (float | None, optional)
        currency (str | None, optional)
        currency_prices (Sequence[CurrencyPriceRequestBody | Mapping[str, Any]] | None, optional)
        metric_period (MetricPeriod | None, optional)
        metric_period_month_reset (MetricPeriodMonthReset | None, optional)
        monthly_metered_price_id (str | None, optional)
        monthly_price_tiers (Sequence[CreatePriceTierRequestBody | Mapping[str, Any]] | None, optional)
        monthly_unit_price (int | None, optional)
        monthly_unit_price_decimal (str | None, optional)
        overage_billing_product_id (str | None, optional)
        plan_version_id (str | None, optional)
        price_behavior (EntitlementPriceBehavior | None, optional)
        price_tiers (Sequence[CreatePriceTierRequestBody | Mapping[str, Any]] | None, optional)
        quarterly_metered_price_id (str | None, optional)
        quarterly_price_tiers (Sequence[CreatePriceTierRequestBody | Mapping[str, Any]] | None, optional)
        quarterly_unit_price (int | None, optional)
        quarterly_unit_price_decimal (str | None, optional)
        soft_limit (int | None, optional)
        tier_mode (BillingTiersMode | None, optional)
        usage_quantity (int | None, optional)
        value_bool (bool | None, optional)
        value_credit_id (str | None, optional)
        value_numeric (int | None, optional)
        value_trait_id (str | None, optional)
        warning_tiers (Sequence[WarningTierRequestBody | Mapping[str, Any]] | None, optional)
        yearly_metered_price_id (str | None, optional)
        yearly_price_tiers (Sequence[CreatePriceTierRequestBody | Mapping[str, Any]] | None, optional)
        yearly_unit_price (int | None, optional)
        yearly_unit_price_decimal (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "billing_provider": billing_provider,
        "external_resource_id": external_resource_id,
        "feature_id": feature_id,
        "plan_id": plan_id,
        "value_type": value_type,
    }
    if not isinstance(billing_product_id, Unset):
        _json["billing_product_id"] = billing_product_id
    if not isinstance(billing_threshold, Unset):
        _json["billing_threshold"] = billing_threshold
    if not isinstance(credit_consumption_rate, Unset):
        _json["credit_consumption_rate"] = credit_consumption_rate
    if not isinstance(currency, Unset):
        _json["currency"] = currency
    if not isinstance(currency_prices, Unset):
        _json["currency_prices"] = currency_prices
    if not isinstance(metric_period, Unset):
        _json["metric_period"] = metric_period
    if not isinstance(metric_period_month_reset, Unset):
        _json["metric_period_month_reset"] = metric_period_month_reset
    if not isinstance(monthly_metered_price_id, Unset):
        _json["monthly_metered_price_id"] = monthly_metered_price_id
    if not isinstance(monthly_price_tiers, Unset):
        _json["monthly_price_tiers"] = monthly_price_tiers
    if not isinstance(monthly_unit_price, Unset):
        _json["monthly_unit_price"] = monthly_unit_price
    if not isinstance(monthly_unit_price_decimal, Unset):
        _json["monthly_unit_price_decimal"] = monthly_unit_price_decimal
    if not isinstance(overage_billing_product_id, Unset):
        _json["overage_billing_product_id"] = overage_billing_product_id
    if not isinstance(plan_version_id, Unset):
        _json["plan_version_id"] = plan_version_id
    if not isinstance(price_behavior, Unset):
        _json["price_behavior"] = price_behavior
    if not isinstance(price_tiers, Unset):
        _json["price_tiers"] = price_tiers
    if not isinstance(quarterly_metered_price_id, Unset):
        _json["quarterly_metered_price_id"] = quarterly_metered_price_id
    if not isinstance(quarterly_price_tiers, Unset):
        _json["quarterly_price_tiers"] = quarterly_price_tiers
    if not isinstance(quarterly_unit_price, Unset):
        _json["quarterly_unit_price"] = quarterly_unit_price
    if not isinstance(quarterly_unit_price_decimal, Unset):
        _json["quarterly_unit_price_decimal"] = quarterly_unit_price_decimal
    if not isinstance(soft_limit, Unset):
        _json["soft_limit"] = soft_limit
    if not isinstance(tier_mode, Unset):
        _json["tier_mode"] = tier_mode
    if not isinstance(usage_quantity, Unset):
        _json["usage_quantity"] = usage_quantity
    if not isinstance(value_bool, Unset):
        _json["value_bool"] = value_bool
    if not isinstance(value_credit_id, Unset):
        _json["value_credit_id"] = value_credit_id
    if not isinstance(value_numeric, Unset):
        _json["value_numeric"] = value_numeric
    if not isinstance(value_trait_id, Unset):
        _json["value_trait_id"] = value_trait_id
    if not isinstance(warning_tiers, Unset):
        _json["warning_tiers"] = warning_tiers
    if not isinstance(yearly_metered_price_id, Unset):
        _json["yearly_metered_price_id"] = yearly_metered_price_id
    if not isinstance(yearly_price_tiers, Unset):
        _json["yearly_price_tiers"] = yearly_price_tiers
    if not isinstance(yearly_unit_price, Unset):
        _json["yearly_unit_price"] = yearly_unit_price
    if not isinstance(yearly_unit_price_decimal, Unset):
        _json["yearly_unit_price_decimal"] = yearly_unit_price_decimal
    return PreparedRequest(
        method="POST",
        path="/plan-entitlements/billing-linked",
        operation="upsertPlanEntitlementForBillingProduct",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertPlanEntitlementForBillingProductResponse:
    """Parse a successful `upsert_plan_entitlement_for_billing_product` response into its typed model, UpsertPlanEntitlementForBillingProductResponse."""
    return UpsertPlanEntitlementForBillingProductResponse.from_dict(response.json())
