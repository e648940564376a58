"""The `plangroups` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.checkout_bundle_purchase_behavior import CheckoutBundlePurchaseBehavior
    from ...models.checkout_field_input import CheckoutFieldInput
    from ...models.compatible_plans import CompatiblePlans
    from ...models.create_plan_group_response import CreatePlanGroupResponse
    from ...models.custom_plan_config import CustomPlanConfig
    from ...models.get_plan_group_response import GetPlanGroupResponse
    from ...models.ordered_plans_in_group import OrderedPlansInGroup
    from ...models.plan_group_bundle_order import PlanGroupBundleOrder
    from ...models.proration_behavior import ProrationBehavior
    from ...models.scheduled_downgrade_config_behavior import ScheduledDowngradeConfigBehavior
    from ...models.update_plan_group_response import UpdatePlanGroupResponse


class PlangroupsResource:
    """Operations tagged `plangroups`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create_plan_group(
        self,
        *,
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
        request_options: RequestOptions | None = None,
    ) -> CreatePlanGroupResponse:
        """Create plan group.

        `POST /plan-groups`

        Args:
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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreatePlanGroupResponse: the response envelope; `.data` is PlanGroupResponseData.
        """
        from . import create_plan_group as _operation

        return self._requester.request(
            _operation.build_request(
                add_on_ids=add_on_ids,
                checkout_collect_address=checkout_collect_address,
                checkout_collect_email=checkout_collect_email,
                checkout_collect_phone=checkout_collect_phone,
                checkout_collect_tax_id=checkout_collect_tax_id,
                enable_tax_collection=enable_tax_collection,
                opt_in_enabled=opt_in_enabled,
                ordered_add_ons=ordered_add_ons,
                ordered_bundle_list=ordered_bundle_list,
                ordered_plans=ordered_plans,
                prevent_downgrades_when_over_limit=prevent_downgrades_when_over_limit,
                prevent_self_service_downgrade=prevent_self_service_downgrade,
                proration_behavior=proration_behavior,
                show_as_monthly_prices=show_as_monthly_prices,
                show_credits=show_credits,
                show_feature_description=show_feature_description,
                show_hard_limit=show_hard_limit,
                show_period_toggle=show_period_toggle,
                show_zero_price_as_free=show_zero_price_as_free,
                sync_customer_billing_details=sync_customer_billing_details,
                add_on_compatibilities=add_on_compatibilities,
                checkout_bundle_purchase_behavior=checkout_bundle_purchase_behavior,
                custom_checkout_fields=custom_checkout_fields,
                custom_plan_config=custom_plan_config,
                custom_plan_id=custom_plan_id,
                fallback_plan_id=fallback_plan_id,
                initial_plan_id=initial_plan_id,
                initial_plan_price_id=initial_plan_price_id,
                opt_in_text=opt_in_text,
                opt_in_title=opt_in_title,
                prevent_self_service_downgrade_button_text=prevent_self_service_downgrade_button_text,
                prevent_self_service_downgrade_url=prevent_self_service_downgrade_url,
                scheduled_downgrade_behavior=scheduled_downgrade_behavior,
                scheduled_downgrade_prevent_when_over_limit=scheduled_downgrade_prevent_when_over_limit,
                trial_days=trial_days,
                trial_expiry_plan_id=trial_expiry_plan_id,
                trial_expiry_plan_price_id=trial_expiry_plan_price_id,
                trial_payment_method_required=trial_payment_method_required,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_plan_group(
        self,
        *,
        include_company_counts: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetPlanGroupResponse:
        """Get plan group.

        `GET /plan-groups`

        Args:
            include_company_counts (bool, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanGroupResponse: the response envelope; `.data` is PlanGroupDetailResponseData.
        """
        from . import get_plan_group as _operation

        return self._requester.request(
            _operation.build_request(
                include_company_counts=include_company_counts,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_plan_group(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> UpdatePlanGroupResponse:
        """Update plan group.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdatePlanGroupResponse: the response envelope; `.data` is PlanGroupResponseData.
        """
        from . import update_plan_group as _operation

        return self._requester.request(
            _operation.build_request(
                plan_group_id=plan_group_id,
                add_on_ids=add_on_ids,
                checkout_collect_address=checkout_collect_address,
                checkout_collect_email=checkout_collect_email,
                checkout_collect_phone=checkout_collect_phone,
                checkout_collect_tax_id=checkout_collect_tax_id,
                enable_tax_collection=enable_tax_collection,
                opt_in_enabled=opt_in_enabled,
                ordered_add_ons=ordered_add_ons,
                ordered_bundle_list=ordered_bundle_list,
                ordered_plans=ordered_plans,
                prevent_downgrades_when_over_limit=prevent_downgrades_when_over_limit,
                prevent_self_service_downgrade=prevent_self_service_downgrade,
                proration_behavior=proration_behavior,
                show_as_monthly_prices=show_as_monthly_prices,
                show_credits=show_credits,
                show_feature_description=show_feature_description,
                show_hard_limit=show_hard_limit,
                show_period_toggle=show_period_toggle,
                show_zero_price_as_free=show_zero_price_as_free,
                sync_customer_billing_details=sync_customer_billing_details,
                add_on_compatibilities=add_on_compatibilities,
                checkout_bundle_purchase_behavior=checkout_bundle_purchase_behavior,
                custom_checkout_fields=custom_checkout_fields,
                custom_plan_config=custom_plan_config,
                custom_plan_id=custom_plan_id,
                fallback_plan_id=fallback_plan_id,
                initial_plan_id=initial_plan_id,
                initial_plan_price_id=initial_plan_price_id,
                opt_in_text=opt_in_text,
                opt_in_title=opt_in_title,
                prevent_self_service_downgrade_button_text=prevent_self_service_downgrade_button_text,
                prevent_self_service_downgrade_url=prevent_self_service_downgrade_url,
                scheduled_downgrade_behavior=scheduled_downgrade_behavior,
                scheduled_downgrade_prevent_when_over_limit=scheduled_downgrade_prevent_when_over_limit,
                trial_days=trial_days,
                trial_expiry_plan_id=trial_expiry_plan_id,
                trial_expiry_plan_price_id=trial_expiry_plan_price_id,
                trial_payment_method_required=trial_payment_method_required,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncPlangroupsResource:
    """Operations tagged `plangroups` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create_plan_group(
        self,
        *,
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
        request_options: RequestOptions | None = None,
    ) -> CreatePlanGroupResponse:
        """Create plan group.

        `POST /plan-groups`

        Args:
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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreatePlanGroupResponse: the response envelope; `.data` is PlanGroupResponseData.
        """
        from . import create_plan_group as _operation

        return await self._requester.request(
            _operation.build_request(
                add_on_ids=add_on_ids,
                checkout_collect_address=checkout_collect_address,
                checkout_collect_email=checkout_collect_email,
                checkout_collect_phone=checkout_collect_phone,
                checkout_collect_tax_id=checkout_collect_tax_id,
                enable_tax_collection=enable_tax_collection,
                opt_in_enabled=opt_in_enabled,
                ordered_add_ons=ordered_add_ons,
                ordered_bundle_list=ordered_bundle_list,
                ordered_plans=ordered_plans,
                prevent_downgrades_when_over_limit=prevent_downgrades_when_over_limit,
                prevent_self_service_downgrade=prevent_self_service_downgrade,
                proration_behavior=proration_behavior,
                show_as_monthly_prices=show_as_monthly_prices,
                show_credits=show_credits,
                show_feature_description=show_feature_description,
                show_hard_limit=show_hard_limit,
                show_period_toggle=show_period_toggle,
                show_zero_price_as_free=show_zero_price_as_free,
                sync_customer_billing_details=sync_customer_billing_details,
                add_on_compatibilities=add_on_compatibilities,
                checkout_bundle_purchase_behavior=checkout_bundle_purchase_behavior,
                custom_checkout_fields=custom_checkout_fields,
                custom_plan_config=custom_plan_config,
                custom_plan_id=custom_plan_id,
                fallback_plan_id=fallback_plan_id,
                initial_plan_id=initial_plan_id,
                initial_plan_price_id=initial_plan_price_id,
                opt_in_text=opt_in_text,
                opt_in_title=opt_in_title,
                prevent_self_service_downgrade_button_text=prevent_self_service_downgrade_button_text,
                prevent_self_service_downgrade_url=prevent_self_service_downgrade_url,
                scheduled_downgrade_behavior=scheduled_downgrade_behavior,
                scheduled_downgrade_prevent_when_over_limit=scheduled_downgrade_prevent_when_over_limit,
                trial_days=trial_days,
                trial_expiry_plan_id=trial_expiry_plan_id,
                trial_expiry_plan_price_id=trial_expiry_plan_price_id,
                trial_payment_method_required=trial_payment_method_required,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_plan_group(
        self,
        *,
        include_company_counts: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetPlanGroupResponse:
        """Get plan group.

        `GET /plan-groups`

        Args:
            include_company_counts (bool, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanGroupResponse: the response envelope; `.data` is PlanGroupDetailResponseData.
        """
        from . import get_plan_group as _operation

        return await self._requester.request(
            _operation.build_request(
                include_company_counts=include_company_counts,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_plan_group(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> UpdatePlanGroupResponse:
        """Update plan group.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdatePlanGroupResponse: the response envelope; `.data` is PlanGroupResponseData.
        """
        from . import update_plan_group as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_group_id=plan_group_id,
                add_on_ids=add_on_ids,
                checkout_collect_address=checkout_collect_address,
                checkout_collect_email=checkout_collect_email,
                checkout_collect_phone=checkout_collect_phone,
                checkout_collect_tax_id=checkout_collect_tax_id,
                enable_tax_collection=enable_tax_collection,
                opt_in_enabled=opt_in_enabled,
                ordered_add_ons=ordered_add_ons,
                ordered_bundle_list=ordered_bundle_list,
                ordered_plans=ordered_plans,
                prevent_downgrades_when_over_limit=prevent_downgrades_when_over_limit,
                prevent_self_service_downgrade=prevent_self_service_downgrade,
                proration_behavior=proration_behavior,
                show_as_monthly_prices=show_as_monthly_prices,
                show_credits=show_credits,
                show_feature_description=show_feature_description,
                show_hard_limit=show_hard_limit,
                show_period_toggle=show_period_toggle,
                show_zero_price_as_free=show_zero_price_as_free,
                sync_customer_billing_details=sync_customer_billing_details,
                add_on_compatibilities=add_on_compatibilities,
                checkout_bundle_purchase_behavior=checkout_bundle_purchase_behavior,
                custom_checkout_fields=custom_checkout_fields,
                custom_plan_config=custom_plan_config,
                custom_plan_id=custom_plan_id,
                fallback_plan_id=fallback_plan_id,
                initial_plan_id=initial_plan_id,
                initial_plan_price_id=initial_plan_price_id,
                opt_in_text=opt_in_text,
                opt_in_title=opt_in_title,
                prevent_self_service_downgrade_button_text=prevent_self_service_downgrade_button_text,
                prevent_self_service_downgrade_url=prevent_self_service_downgrade_url,
                scheduled_downgrade_behavior=scheduled_downgrade_behavior,
                scheduled_downgrade_prevent_when_over_limit=scheduled_downgrade_prevent_when_over_limit,
                trial_days=trial_days,
                trial_expiry_plan_id=trial_expiry_plan_id,
                trial_expiry_plan_price_id=trial_expiry_plan_price_id,
                trial_payment_method_required=trial_payment_method_required,
            ),
            _operation.parse_response,
            request_options,
        )
