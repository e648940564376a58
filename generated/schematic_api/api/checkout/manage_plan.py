"""`POST /manage-plan` (manage_plan): Manage plan."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.manage_plan_response import ManagePlanResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_collection_method import BillingCollectionMethod
    from ...models.checkout_field_value import CheckoutFieldValue
    from ...models.plan_selection import PlanSelection
    from ...models.update_credit_bundle_request_body import UpdateCreditBundleRequestBody
    from ...models.update_pay_in_advance_request_body import UpdatePayInAdvanceRequestBody


def build_request(
    *,
    add_on_selections: Sequence[PlanSelection | Mapping[str, Any]],
    company_id: str,
    credit_bundles: Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]],
    custom_field_values: Sequence[CheckoutFieldValue | Mapping[str, Any]],
    pay_in_advance_entitlements: Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]],
    activate_on_payment: bool | None | Unset = UNSET,
    base_plan_id: str | None | Unset = UNSET,
    base_plan_price_id: str | None | Unset = UNSET,
    base_plan_version_id: str | None | Unset = UNSET,
    billing_cycle_anchor: datetime.datetime | None | Unset = UNSET,
    billing_email: str | None | Unset = UNSET,
    billing_entity_id: str | None | Unset = UNSET,
    cancel_immediately: bool | None | Unset = UNSET,
    collection_method: BillingCollectionMethod | None | Unset = UNSET,
    coupon_external_id: str | None | Unset = UNSET,
    days_until_due: int | None | Unset = UNSET,
    payment_method_external_id: str | None | Unset = UNSET,
    promo_code: str | None | Unset = UNSET,
    prorate: bool | None | Unset = UNSET,
    prorate_first_period: bool | None | Unset = UNSET,
    send_invoice: bool | None | Unset = UNSET,
    trial_end: datetime.datetime | None | Unset = UNSET,
) -> PreparedRequest:
    """Manage plan: the request, described but not sent.

    `POST /manage-plan`

    Args:
        add_on_selections (Sequence[PlanSelection | Mapping[str, Any]])
        company_id (str)
        credit_bundles (Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]])
        custom_field_values (Sequence[CheckoutFieldValue | Mapping[str, Any]])
        pay_in_advance_entitlements (Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]])
        activate_on_payment (bool | None, optional)
        base_plan_id (str | None, optional)
        base_plan_price_id (str | None, optional)
        base_plan_version_id (str | None, optional)
        billing_cycle_anchor (datetime.datetime | None, optional)
        billing_email (str | None, optional)
        billing_entity_id (str | None, optional)
        cancel_immediately (bool | None, optional)
        collection_method (BillingCollectionMethod | None, optional)
        coupon_external_id (str | None, optional)
        days_until_due (int | None, optional)
        payment_method_external_id (str | None, optional)
        promo_code (str | None, optional)
        prorate (bool | None, optional)
        prorate_first_period (bool | None, optional)
        send_invoice (bool | None, optional)
        trial_end (datetime.datetime | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "add_on_selections": add_on_selections,
        "company_id": company_id,
        "credit_bundles": credit_bundles,
        "custom_field_values": custom_field_values,
        "pay_in_advance_entitlements": pay_in_advance_entitlements,
    }
    if not isinstance(activate_on_payment, Unset):
        _json["activate_on_payment"] = activate_on_payment
    if not isinstance(base_plan_id, Unset):
        _json["base_plan_id"] = base_plan_id
    if not isinstance(base_plan_price_id, Unset):
        _json["base_plan_price_id"] = base_plan_price_id
    if not isinstance(base_plan_version_id, Unset):
        _json["base_plan_version_id"] = base_plan_version_id
    if not isinstance(billing_cycle_anchor, Unset):
        _json["billing_cycle_anchor"] = billing_cycle_anchor
    if not isinstance(billing_email, Unset):
        _json["billing_email"] = billing_email
    if not isinstance(billing_entity_id, Unset):
        _json["billing_entity_id"] = billing_entity_id
    if not isinstance(cancel_immediately, Unset):
        _json["cancel_immediately"] = cancel_immediately
    if not isinstance(collection_method, Unset):
        _json["collection_method"] = collection_method
    if not isinstance(coupon_external_id, Unset):
        _json["coupon_external_id"] = coupon_external_id
    if not isinstance(days_until_due, Unset):
        _json["days_until_due"] = days_until_due
    if not isinstance(payment_method_external_id, Unset):
        _json["payment_method_external_id"] = payment_method_external_id
    if not isinstance(promo_code, Unset):
        _json["promo_code"] = promo_code
    if not isinstance(prorate, Unset):
        _json["prorate"] = prorate
    if not isinstance(prorate_first_period, Unset):
        _json["prorate_first_period"] = prorate_first_period
    if not isinstance(send_invoice, Unset):
        _json["send_invoice"] = send_invoice
    if not isinstance(trial_end, Unset):
        _json["trial_end"] = trial_end
    return PreparedRequest(
        method="POST",
        path="/manage-plan",
        operation="managePlan",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> ManagePlanResponse:
    """Parse a successful `manage_plan` response into its typed model, ManagePlanResponse."""
    return ManagePlanResponse.from_dict(response.json())
