"""`POST /billing/subscription/upsert` (upsert_billing_subscription): Create or update a billing subscription."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_billing_subscription_response import UpsertBillingSubscriptionResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_product_pricing import BillingProductPricing
    from ...models.billing_provider_type import BillingProviderType
    from ...models.billing_subscription_discount import BillingSubscriptionDiscount
    from ...models.billing_subscription_trial_end_setting import BillingSubscriptionTrialEndSetting


def build_request(
    *,
    cancel_at_period_end: bool,
    currency: str,
    customer_external_id: str,
    discounts: Sequence[BillingSubscriptionDiscount | Mapping[str, Any]],
    expired_at: datetime.datetime,
    product_external_ids: Sequence[BillingProductPricing | Mapping[str, Any]],
    subscription_external_id: str,
    total_price: int,
    application_id: str | None | Unset = UNSET,
    cancel_at: int | None | Unset = UNSET,
    company_id: str | None | Unset = UNSET,
    default_payment_method_external_id: str | None | Unset = UNSET,
    default_payment_method_id: str | None | Unset = UNSET,
    interval: str | None | Unset = UNSET,
    metadata: Mapping[str, Any] | None | Unset = UNSET,
    period_end: int | None | Unset = UNSET,
    period_start: int | None | Unset = UNSET,
    provider_type: BillingProviderType | None | Unset = UNSET,
    status: str | None | Unset = UNSET,
    trial_end: int | None | Unset = UNSET,
    trial_end_setting: BillingSubscriptionTrialEndSetting | None | Unset = UNSET,
) -> PreparedRequest:
    """Create or update a billing subscription: the request, described but not sent.

    `POST /billing/subscription/upsert`

    Args:
        cancel_at_period_end (bool)
        currency (str)
        customer_external_id (str)
        discounts (Sequence[BillingSubscriptionDiscount | Mapping[str, Any]])
        expired_at (datetime.datetime)
        product_external_ids (Sequence[BillingProductPricing | Mapping[str, Any]])
        subscription_external_id (str)
        total_price (int)
        application_id (str | None, optional)
        cancel_at (int | None, optional)
        company_id (str | None, optional)
        default_payment_method_external_id (str | None, optional)
        default_payment_method_id (str | None, optional)
        interval (str | None, optional)
        metadata (Mapping[str, Any] | None, optional)
        period_end (int | None, optional)
        period_start (int | None, optional)
        provider_type (BillingProviderType | None, optional)
        status (str | None, optional)
        trial_end (int | None, optional)
        trial_end_setting (BillingSubscriptionTrialEndSetting | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "cancel_at_period_end": cancel_at_period_end,
        "currency": currency,
        "customer_external_id": customer_external_id,
        "discounts": discounts,
        "expired_at": expired_at,
        "product_external_ids": product_external_ids,
        "subscription_external_id": subscription_external_id,
        "total_price": total_price,
    }
    if not isinstance(application_id, Unset):
        _json["application_id"] = application_id
    if not isinstance(cancel_at, Unset):
        _json["cancel_at"] = cancel_at
    if not isinstance(company_id, Unset):
        _json["company_id"] = company_id
    if not isinstance(default_payment_method_external_id, Unset):
        _json["default_payment_method_external_id"] = default_payment_method_external_id
    if not isinstance(default_payment_method_id, Unset):
        _json["default_payment_method_id"] = default_payment_method_id
    if not isinstance(interval, Unset):
        _json["interval"] = interval
    if not isinstance(metadata, Unset):
        _json["metadata"] = metadata
    if not isinstance(period_end, Unset):
        _json["period_end"] = period_end
    if not isinstance(period_start, Unset):
        _json["period_start"] = period_start
    if not isinstance(provider_type, Unset):
        _json["provider_type"] = provider_type
    if not isinstance(status, Unset):
        _json["status"] = status
    if not isinstance(trial_end, Unset):
        _json["trial_end"] = trial_end
    if not isinstance(trial_end_setting, Unset):
        _json["trial_end_setting"] = trial_end_setting
    return PreparedRequest(
        method="POST",
        path="/billing/subscription/upsert",
        operation="upsertBillingSubscription",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertBillingSubscriptionResponse:
    """Parse a successful `upsert_billing_subscription` response into its typed model, UpsertBillingSubscriptionResponse."""
    return UpsertBillingSubscriptionResponse.from_dict(response.json())
