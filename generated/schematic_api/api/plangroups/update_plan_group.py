"""`PUT /plan-groups/{plan_group_id}` (update_plan_group): Update plan group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_plan_group_response import UpdatePlanGroupResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.checkout_bundle_purchase_behavior import CheckoutBundlePurchaseBehavior
    from ...models.checkout_field_input import CheckoutFieldInput
    from ...models.compatible_plans import CompatiblePlans
    from ...models.custom_plan_config import CustomPlanConfig
    from ...models.ordered_plans_in_group import OrderedPlansInGroup
    from ...models.plan_group_bundle_order import PlanGroupBundleOrder
    from ...models.proration_behavior import ProrationBehavior
    from ...models.scheduled_downgrade_config_behavior import ScheduledDowngradeConfigBehavior


def build_request(
    *,
    plan_group_id: str,
    add_on_ids: Sequence[str],
    checkout_collect_address: bool,
    checkout_collect_email: bool,
    checkout_collect_phone: bool,
    checkout_collect_tax_id: bool,
    enable_tax_collection: bool,
    opt_in_enabled: bool,
    ordered_add_ons: Sequence[OrderedPlansInGroup | Mapping[str, Any]],
    ordered_bundle_list: Sequence[PlanGroupBundleOrder | Mapping[str, Any]],
    ordered_plans: Sequence[OrderedPlansInGroup | Mapping[str, Any]],
    prevent_downgrades_when_over_limit: bool,
    prevent_self_service_downgrade: bool,
    proration_behavior: ProrationBehavior,
    show_as_monthly_prices: bool,
    show_credits: bool,
    show_feature_description: bool,
    show_hard_limit: bool,
    show_period_toggle: bool,
    show_zero_price_as_free: bool,
    sync_customer_billing_details: bool,
    add_on_compatibilities: Sequence[CompatiblePlans | Mapping[str, Any]] | None | Unset = UNSET,
    checkout_bundle_purchase_behavior: CheckoutBundlePurchaseBehavior | Unset = UNSET,
    custom_checkout_fields: Sequence[CheckoutFieldInput | Mapping[str, Any]] | None | Unset = UNSET,
    custom_plan_config: CustomPlanConfig | Mapping[str, Any] | Unset = UNSET,
    custom_plan_id: str | None | Unset = UNSET,
    fallback_plan_id: str | None | Unset = UNSET,
    initial_plan_id: str | None | Unset = UNSET,
    initial_plan_price_id: str | None | Unset = UNSET,
    opt_in_text: str | None | Unset = UNSET,
    opt_in_title: str | None | Unset = UNSET,
    prevent_self_service_downgrade_button_text: str | None | Unset = UNSET,
    prevent_self_service_downgrade_url: str | None | Unset = UNSET,
    scheduled_downgrade_behavior: ScheduledDowngradeConfigBehavior | None | Unset = UNSET,
    scheduled_downgrade_prevent_when_over_limit: bool | None | Unset = UNSET,
    trial_days: int | None | Unset = UNSET,
    trial_expiry_plan_id: str | None | Unset = UNSET,
    trial_expiry_plan_price_id: str | None | Unset = UNSET,
    trial_payment_method_required: bool | None | Unset = UNSET,
) -> PreparedRequest:
    """Update plan group: the request, described but not sent.

    `PUT /plan-groups/{plan_group_id}`

    Args:
        plan_group_id (str)
        add_on_ids (Sequence[str])
        checkout_collect_address (bool)
        checkout_collect_email (bool)
        checkout_collect_phone (bool)
        checkout_collect_tax_id (bool)
        enable_tax_collection (bool)
        opt_in_enabled (bool)
        ordered_add_ons (Sequence[OrderedPlansInGroup | Mapping[str, Any]])
        ordered_bundle_list (Sequence[PlanGroupBundleOrder | Mapping[str, Any]])
        ordered_plans (Sequence[OrderedPlansInGroup | Mapping[str, Any]])
        prevent_downgrades_when_over_limit (bool)
        prevent_self_service_downgrade (bool)
        proration_behavior (ProrationBehavior)
        show_as_monthly_prices (bool)
        show_credits (bool)
        show_feature_description (bool)
        show_hard_limit (bool)
        show_period_toggle (bool)
        show_zero_price_as_free (bool)
        sync_customer_billing_details (bool)
        add_on_compatibilities (Sequence[CompatiblePlans | Mapping[str, Any]] | None, optional)
        checkout_bundle_purchase_behavior (CheckoutBundlePurchaseBehavior, optional)
        custom_checkout_fields (Sequence[CheckoutFieldInput | Mapping[str, Any]] | None, optional)
        custom_plan_config (CustomPlanConfig | Mapping[str, Any], optional)
        custom_plan_id (str | None, optional)
        fallback_plan_id (str | None, optional)
        initial_plan_id (str | None, optional)
        initial_plan_price_id (str | None, optional)
        opt_in_text (str | None, optional)
        opt_in_title (str | None, optional)
        prevent_self_service_downgrade_button_text (str | None, optional)
        prevent_self_service_downgrade_url (str | None, optional)
        scheduled_downgrade_behavior (ScheduledDowngradeConfigBehavior | None, optional)
        scheduled_downgrade_prevent_when_over_limit (bool | None, optional)
        trial_days (int | None, optional)
        trial_expiry_plan_id (str | None, optional)
        trial_expiry_plan_price_id (str | None, optional)
        trial_payment_method_required (bool | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "add_on_ids": add_on_ids,
        "checkout_collect_address": checkout_collect_address,
        "checkout_collect_email": checkout_collect_email,
        "checkout_collect_phone": checkout_collect_phone,
        "checkout_collect_tax_id": checkout_collect_tax_id,
        "enable_tax_collection": enable_tax_collection,
        "opt_in_enabled": opt_in_enabled,
        "ordered_add_ons": ordered_add_ons,
        "ordered_bundle_list": ordered_bundle_list,
        "ordered_plans": ordered_plans,
        "prevent_downgrades_when_over_limit": prevent_downgrades_when_over_limit,
        "prevent_self_service_downgrade": prevent_self_service_downgrade,
        "proration_behavior": proration_behavior,
        "show_as_monthly_prices": show_as_monthly_prices,
        "show_credits": show_credits,
        "show_feature_description": show_feature_description,
        "show_hard_limit": show_hard_limit,
        "show_period_toggle": show_period_toggle,
        "show_zero_price_as_free": show_zero_price_as_free,
        "sync_customer_billing_details": sync_customer_billing_details,
    }
    if not isinstance(add_on_compatibilities, Unset):
        _json["add_on_compatibilities"] = add_on_compatibilities
    if not isinstance(checkout_bundle_purchase_behavior, Unset):
        _json["checkout_bundle_purchase_behavior"] = checkout_bundle_purchase_behavior
    if not isinstance(custom_checkout_fields, Unset):
        _json["custom_checkout_fields"] = custom_checkout_fields
    if not isinstance(custom_plan_config, Unset):
        _json["custom_plan_config"] = custom_plan_config
    if not isinstance(custom_plan_id, Unset):
        _json["custom_plan_id"] = custom_plan_id
    if not isinstance(fallback_plan_id, Unset):
        _json["fallback_plan_id"] = fallback_plan_id
    if not isinstance(initial_plan_id, Unset):
        _json["initial_plan_id"] = initial_plan_id
    if not isinstance(initial_plan_price_id, Unset):
        _json["initial_plan_price_id"] = initial_plan_price_id
    if not isinstance(opt_in_text, Unset):
        _json["opt_in_text"] = opt_in_text
    if not isinstance(opt_in_title, Unset):
        _json["opt_in_title"] = opt_in_title
    if not isinstance(prevent_self_service_downgrade_button_text, Unset):
        _json["prevent_self_service_downgrade_button_text"] = prevent_self_service_downgrade_button_text
    if not isinstance(prevent_self_service_downgrade_url, Unset):
        _json["prevent_self_service_downgrade_url"] = prevent_self_service_downgrade_url
    if not isinstance(scheduled_downgrade_behavior, Unset):
        _json["scheduled_downgrade_behavior"] = scheduled_downgrade_behavior
    if not isinstance(scheduled_downgrade_prevent_when_over_limit, Unset):
        _json["scheduled_downgrade_prevent_when_over_limit"] = scheduled_downgrade_prevent_when_over_limit
    if not isinstance(trial_days, Unset):
        _json["trial_days"] = trial_days
    if not isinstance(trial_expiry_plan_id, Unset):
        _json["trial_expiry_plan_id"] = trial_expiry_plan_id
    if not isinstance(trial_expiry_plan_price_id, Unset):
        _json["trial_expiry_plan_price_id"] = trial_expiry_plan_price_id
    if not isinstance(trial_payment_method_required, Unset):
        _json["trial_payment_method_required"] = trial_payment_method_required
    return PreparedRequest(
        method="PUT",
        path="/plan-groups/{plan_group_id}".format(
            plan_group_id=quote(str(plan_group_id), safe=""),
        ),
        operation="updatePlanGroup",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdatePlanGroupResponse:
    """Parse a successful `update_plan_group` response into its typed model, UpdatePlanGroupResponse."""
    return UpdatePlanGroupResponse.from_dict(response.json())
