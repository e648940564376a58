"""The `checkout` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.billing_collection_method import BillingCollectionMethod
    from ...models.cancel_subscription_response import CancelSubscriptionResponse
    from ...models.checkout_field_value import CheckoutFieldValue
    from ...models.checkout_internal_response import CheckoutInternalResponse
    from ...models.customer_billing_address import CustomerBillingAddress
    from ...models.get_checkout_data_response import GetCheckoutDataResponse
    from ...models.get_company_billing_details_response import GetCompanyBillingDetailsResponse
    from ...models.manage_plan_response import ManagePlanResponse
    from ...models.plan_selection import PlanSelection
    from ...models.preview_checkout_internal_response import PreviewCheckoutInternalResponse
    from ...models.preview_manage_plan_response import PreviewManagePlanResponse
    from ...models.tax_id_input import TaxIDInput
    from ...models.update_add_on_request_body import UpdateAddOnRequestBody
    from ...models.update_auto_topup_override_request_body import UpdateAutoTopupOverrideRequestBody
    from ...models.update_company_billing_details_response import UpdateCompanyBillingDetailsResponse
    from ...models.update_credit_bundle_request_body import UpdateCreditBundleRequestBody
    from ...models.update_customer_subscription_trial_end_response import UpdateCustomerSubscriptionTrialEndResponse
    from ...models.update_pay_in_advance_request_body import UpdatePayInAdvanceRequestBody


class CheckoutResource:
    """Operations tagged `checkout`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def cancel_subscription(
        self,
        *,
        company_id: str,
        cancel_immediately: bool | None | Unset = UNSET,
        prorate: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CancelSubscriptionResponse:
        """Cancel subscription.

        `POST /manage-plan/subscription/cancel`

        Args:
            company_id (str)
            cancel_immediately (bool | None, optional)
            prorate (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CancelSubscriptionResponse: the response envelope; `.data` is ManagePlanResponseResponseData.
        """
        from . import cancel_subscription as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                cancel_immediately=cancel_immediately,
                prorate=prorate,
            ),
            _operation.parse_response,
            request_options,
        )

    def checkout_internal(
        self,
        *,
        add_on_ids: Sequence[UpdateAddOnRequestBody | Mapping[str, Any]],
        auto_topup_overrides: Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]],
        company_id: str,
        credit_bundles: Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]],
        custom_field_values: Sequence[CheckoutFieldValue | Mapping[str, Any]],
        new_plan_id: str,
        new_price_id: str,
        pay_in_advance: Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]],
        skip_trial: bool,
        billing_entity_id: str | None | Unset = UNSET,
        coupon_external_id: str | None | Unset = UNSET,
        opt_in_accepted: bool | None | Unset = UNSET,
        payment_method_id: str | None | Unset = UNSET,
        promo_code: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CheckoutInternalResponse:
        """Checkout internal.

        `POST /checkout-internal`

        Args:
            add_on_ids (Sequence[UpdateAddOnRequestBody | Mapping[str, Any]])
            auto_topup_overrides (Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]])
            company_id (str)
            credit_bundles (Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]])
            custom_field_values (Sequence[CheckoutFieldValue | Mapping[str, Any]])
            new_plan_id (str)
            new_price_id (str)
            pay_in_advance (Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]])
            skip_trial (bool)
            billing_entity_id (str | None, optional)
            coupon_external_id (str | None, optional)
            opt_in_accepted (bool | None, optional)
            payment_method_id (str | None, optional)
            promo_code (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckoutInternalResponse: the response envelope; `.data` is CheckoutSubscription.
        """
        from . import checkout_internal as _operation

        return self._requester.request(
            _operation.build_request(
                add_on_ids=add_on_ids,
                auto_topup_overrides=auto_topup_overrides,
                company_id=company_id,
                credit_bundles=credit_bundles,
                custom_field_values=custom_field_values,
                new_plan_id=new_plan_id,
                new_price_id=new_price_id,
                pay_in_advance=pay_in_advance,
                skip_trial=skip_trial,
                billing_entity_id=billing_entity_id,
                coupon_external_id=coupon_external_id,
                opt_in_accepted=opt_in_accepted,
                payment_method_id=payment_method_id,
                promo_code=promo_code,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_checkout_data(
        self,
        *,
        company_id: str,
        currency: str | None | Unset = UNSET,
        selected_plan_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetCheckoutDataResponse:
        """Get checkout data.

        `POST /checkout-internal/data`

        Args:
            company_id (str)
            currency (str | None, optional)
            selected_plan_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCheckoutDataResponse: the response envelope; `.data` is CheckoutDataResponseData.
        """
        from . import get_checkout_data as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                currency=currency,
                selected_plan_id=selected_plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_company_billing_details(
        self,
        *,
        company_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCompanyBillingDetailsResponse:
        """Get company billing details.

        `GET /companies/{company_id}/billing-details`

        Args:
            company_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCompanyBillingDetailsResponse: the response envelope; `.data` is CompanyBillingDetailsResponseData.
        """
        from . import get_company_billing_details as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def manage_plan(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> ManagePlanResponse:
        """Manage plan.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ManagePlanResponse: the response envelope; `.data` is ManagePlanResponseResponseData.
        """
        from . import manage_plan as _operation

        return self._requester.request(
            _operation.build_request(
                add_on_selections=add_on_selections,
                company_id=company_id,
                credit_bundles=credit_bundles,
                custom_field_values=custom_field_values,
                pay_in_advance_entitlements=pay_in_advance_entitlements,
                activate_on_payment=activate_on_payment,
                base_plan_id=base_plan_id,
                base_plan_price_id=base_plan_price_id,
                base_plan_version_id=base_plan_version_id,
                billing_cycle_anchor=billing_cycle_anchor,
                billing_email=billing_email,
                billing_entity_id=billing_entity_id,
                cancel_immediately=cancel_immediately,
                collection_method=collection_method,
                coupon_external_id=coupon_external_id,
                days_until_due=days_until_due,
                payment_method_external_id=payment_method_external_id,
                promo_code=promo_code,
                prorate=prorate,
                prorate_first_period=prorate_first_period,
                send_invoice=send_invoice,
                trial_end=trial_end,
            ),
            _operation.parse_response,
            request_options,
        )

    def preview_checkout_internal(
        self,
        *,
        add_on_ids: Sequence[UpdateAddOnRequestBody | Mapping[str, Any]],
        auto_topup_overrides: Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]],
        company_id: str,
        credit_bundles: Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]],
        custom_field_values: Sequence[CheckoutFieldValue | Mapping[str, Any]],
        new_plan_id: str,
        new_price_id: str,
        pay_in_advance: Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]],
        skip_trial: bool,
        billing_entity_id: str | None | Unset = UNSET,
        coupon_external_id: str | None | Unset = UNSET,
        opt_in_accepted: bool | None | Unset = UNSET,
        payment_method_id: str | None | Unset = UNSET,
        promo_code: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PreviewCheckoutInternalResponse:
        """Preview checkout internal.

        `POST /checkout-internal/preview`

        Args:
            add_on_ids (Sequence[UpdateAddOnRequestBody | Mapping[str, Any]])
            auto_topup_overrides (Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]])
            company_id (str)
            credit_bundles (Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]])
            custom_field_values (Sequence[CheckoutFieldValue | Mapping[str, Any]])
            new_plan_id (str)
            new_price_id (str)
            pay_in_advance (Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]])
            skip_trial (bool)
            billing_entity_id (str | None, optional)
            coupon_external_id (str | None, optional)
            opt_in_accepted (bool | None, optional)
            payment_method_id (str | None, optional)
            promo_code (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            PreviewCheckoutInternalResponse: the response envelope; `.data` is PreviewSubscriptionChangeResponseData.
        """
        from . import preview_checkout_internal as _operation

        return self._requester.request(
            _operation.build_request(
                add_on_ids=add_on_ids,
                auto_topup_overrides=auto_topup_overrides,
                company_id=company_id,
                credit_bundles=credit_bundles,
                custom_field_values=custom_field_values,
                new_plan_id=new_plan_id,
                new_price_id=new_price_id,
                pay_in_advance=pay_in_advance,
                skip_trial=skip_trial,
                billing_entity_id=billing_entity_id,
                coupon_external_id=coupon_external_id,
                opt_in_accepted=opt_in_accepted,
                payment_method_id=payment_method_id,
                promo_code=promo_code,
            ),
            _operation.parse_response,
            request_options,
        )

    def preview_manage_plan(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> PreviewManagePlanResponse:
        """Preview manage plan.

        `POST /manage-plan/preview`

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            PreviewManagePlanResponse: the response envelope; `.data` is ManagePlanPreviewResponseResponseData.
        """
        from . import preview_manage_plan as _operation

        return self._requester.request(
            _operation.build_request(
                add_on_selections=add_on_selections,
                company_id=company_id,
                credit_bundles=credit_bundles,
                custom_field_values=custom_field_values,
                pay_in_advance_entitlements=pay_in_advance_entitlements,
                activate_on_payment=activate_on_payment,
                base_plan_id=base_plan_id,
                base_plan_price_id=base_plan_price_id,
                base_plan_version_id=base_plan_version_id,
                billing_cycle_anchor=billing_cycle_anchor,
                billing_email=billing_email,
                billing_entity_id=billing_entity_id,
                cancel_immediately=cancel_immediately,
                collection_method=collection_method,
                coupon_external_id=coupon_external_id,
                days_until_due=days_until_due,
                payment_method_external_id=payment_method_external_id,
                promo_code=promo_code,
                prorate=prorate,
                prorate_first_period=prorate_first_period,
                send_invoice=send_invoice,
                trial_end=trial_end,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_company_billing_details(
        self,
        *,
        company_id: str,
        values: Sequence[CheckoutFieldValue | Mapping[str, Any]],
        address: CustomerBillingAddress | Mapping[str, Any] | Unset = UNSET,
        email: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        tax_id: TaxIDInput | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateCompanyBillingDetailsResponse:
        """Update company billing details.

        `PUT /companies/{company_id}/billing-details`

        Args:
            company_id (str)
            values (Sequence[CheckoutFieldValue | Mapping[str, Any]])
            address (CustomerBillingAddress | Mapping[str, Any], optional)
            email (str | None, optional)
            phone (str | None, optional)
            tax_id (TaxIDInput | Mapping[str, Any], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCompanyBillingDetailsResponse: the response envelope; `.data` is CompanyBillingDetailsResponseData.
        """
        from . import update_company_billing_details as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                values=values,
                address=address,
                email=email,
                phone=phone,
                tax_id=tax_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_customer_subscription_trial_end(
        self,
        *,
        subscription_id: str,
        trial_end: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateCustomerSubscriptionTrialEndResponse:
        """Update customer subscription trial end.

        `PUT /subscription/{subscription_id}/edit-trial-end`

        Args:
            subscription_id (str)
            trial_end (datetime.datetime | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCustomerSubscriptionTrialEndResponse: the response envelope; `.data` is BillingSubscriptionView.
        """
        from . import update_customer_subscription_trial_end as _operation

        return self._requester.request(
            _operation.build_request(
                subscription_id=subscription_id,
                trial_end=trial_end,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncCheckoutResource:
    """Operations tagged `checkout` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def cancel_subscription(
        self,
        *,
        company_id: str,
        cancel_immediately: bool | None | Unset = UNSET,
        prorate: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CancelSubscriptionResponse:
        """Cancel subscription.

        `POST /manage-plan/subscription/cancel`

        Args:
            company_id (str)
            cancel_immediately (bool | None, optional)
            prorate (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CancelSubscriptionResponse: the response envelope; `.data` is ManagePlanResponseResponseData.
        """
        from . import cancel_subscription as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                cancel_immediately=cancel_immediately,
                prorate=prorate,
            ),
            _operation.parse_response,
            request_options,
        )

    async def checkout_internal(
        self,
        *,
        add_on_ids: Sequence[UpdateAddOnRequestBody | Mapping[str, Any]],
        auto_topup_overrides: Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]],
        company_id: str,
        credit_bundles: Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]],
        custom_field_values: Sequence[CheckoutFieldValue | Mapping[str, Any]],
        new_plan_id: str,
        new_price_id: str,
        pay_in_advance: Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]],
        skip_trial: bool,
        billing_entity_id: str | None | Unset = UNSET,
        coupon_external_id: str | None | Unset = UNSET,
        opt_in_accepted: bool | None | Unset = UNSET,
        payment_method_id: str | None | Unset = UNSET,
        promo_code: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CheckoutInternalResponse:
        """Checkout internal.

        `POST /checkout-internal`

        Args:
            add_on_ids (Sequence[UpdateAddOnRequestBody | Mapping[str, Any]])
            auto_topup_overrides (Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]])
            company_id (str)
            credit_bundles (Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]])
            custom_field_values (Sequence[CheckoutFieldValue | Mapping[str, Any]])
            new_plan_id (str)
            new_price_id (str)
            pay_in_advance (Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]])
            skip_trial (bool)
            billing_entity_id (str | None, optional)
            coupon_external_id (str | None, optional)
            opt_in_accepted (bool | None, optional)
            payment_method_id (str | None, optional)
            promo_code (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckoutInternalResponse: the response envelope; `.data` is CheckoutSubscription.
        """
        from . import checkout_internal as _operation

        return await self._requester.request(
            _operation.build_request(
                add_on_ids=add_on_ids,
                auto_topup_overrides=auto_topup_overrides,
                company_id=company_id,
                credit_bundles=credit_bundles,
                custom_field_values=custom_field_values,
                new_plan_id=new_plan_id,
                new_price_id=new_price_id,
                pay_in_advance=pay_in_advance,
                skip_trial=skip_trial,
                billing_entity_id=billing_entity_id,
                coupon_external_id=coupon_external_id,
                opt_in_accepted=opt_in_accepted,
                payment_method_id=payment_method_id,
                promo_code=promo_code,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_checkout_data(
        self,
        *,
        company_id: str,
        currency: str | None | Unset = UNSET,
        selected_plan_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetCheckoutDataResponse:
        """Get checkout data.

        `POST /checkout-internal/data`

        Args:
            company_id (str)
            currency (str | None, optional)
            selected_plan_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCheckoutDataResponse: the response envelope; `.data` is CheckoutDataResponseData.
        """
        from . import get_checkout_data as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                currency=currency,
                selected_plan_id=selected_plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_company_billing_details(
        self,
        *,
        company_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCompanyBillingDetailsResponse:
        """Get company billing details.

        `GET /companies/{company_id}/billing-details`

        Args:
            company_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCompanyBillingDetailsResponse: the response envelope; `.data` is CompanyBillingDetailsResponseData.
        """
        from . import get_company_billing_details as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def manage_plan(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> ManagePlanResponse:
        """Manage plan.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ManagePlanResponse: the response envelope; `.data` is ManagePlanResponseResponseData.
        """
        from . import manage_plan as _operation

        return await self._requester.request(
            _operation.build_request(
                add_on_selections=add_on_selections,
                company_id=company_id,
                credit_bundles=credit_bundles,
                custom_field_values=custom_field_values,
                pay_in_advance_entitlements=pay_in_advance_entitlements,
                activate_on_payment=activate_on_payment,
                base_plan_id=base_plan_id,
                base_plan_price_id=base_plan_price_id,
                base_plan_version_id=base_plan_version_id,
                billing_cycle_anchor=billing_cycle_anchor,
                billing_email=billing_email,
                billing_entity_id=billing_entity_id,
                cancel_immediately=cancel_immediately,
                collection_method=collection_method,
                coupon_external_id=coupon_external_id,
                days_until_due=days_until_due,
                payment_method_external_id=payment_method_external_id,
                promo_code=promo_code,
                prorate=prorate,
                prorate_first_period=prorate_first_period,
                send_invoice=send_invoice,
                trial_end=trial_end,
            ),
            _operation.parse_response,
            request_options,
        )

    async def preview_checkout_internal(
        self,
        *,
        add_on_ids: Sequence[UpdateAddOnRequestBody | Mapping[str, Any]],
        auto_topup_overrides: Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]],
        company_id: str,
        credit_bundles: Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]],
        custom_field_values: Sequence[CheckoutFieldValue | Mapping[str, Any]],
        new_plan_id: str,
        new_price_id: str,
        pay_in_advance: Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]],
        skip_trial: bool,
        billing_entity_id: str | None | Unset = UNSET,
        coupon_external_id: str | None | Unset = UNSET,
        opt_in_accepted: bool | None | Unset = UNSET,
        payment_method_id: str | None | Unset = UNSET,
        promo_code: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PreviewCheckoutInternalResponse:
        """Preview checkout internal.

        `POST /checkout-internal/preview`

        Args:
            add_on_ids (Sequence[UpdateAddOnRequestBody | Mapping[str, Any]])
            auto_topup_overrides (Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]])
            company_id (str)
            credit_bundles (Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]])
            custom_field_values (Sequence[CheckoutFieldValue | Mapping[str, Any]])
            new_plan_id (str)
            new_price_id (str)
            pay_in_advance (Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]])
            skip_trial (bool)
            billing_entity_id (str | None, optional)
            coupon_external_id (str | None, optional)
            opt_in_accepted (bool | None, optional)
            payment_method_id (str | None, optional)
            promo_code (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            PreviewCheckoutInternalResponse: the response envelope; `.data` is PreviewSubscriptionChangeResponseData.
        """
        from . import preview_checkout_internal as _operation

        return await self._requester.request(
            _operation.build_request(
                add_on_ids=add_on_ids,
                auto_topup_overrides=auto_topup_overrides,
                company_id=company_id,
                credit_bundles=credit_bundles,
                custom_field_values=custom_field_values,
                new_plan_id=new_plan_id,
                new_price_id=new_price_id,
                pay_in_advance=pay_in_advance,
                skip_trial=skip_trial,
                billing_entity_id=billing_entity_id,
                coupon_external_id=coupon_external_id,
                opt_in_accepted=opt_in_accepted,
                payment_method_id=payment_method_id,
                promo_code=promo_code,
            ),
            _operation.parse_response,
            request_options,
        )

    async def preview_manage_plan(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> PreviewManagePlanResponse:
        """Preview manage plan.

        `POST /manage-plan/preview`

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            PreviewManagePlanResponse: the response envelope; `.data` is ManagePlanPreviewResponseResponseData.
        """
        from . import preview_manage_plan as _operation

        return await self._requester.request(
            _operation.build_request(
                add_on_selections=add_on_selections,
                company_id=company_id,
                credit_bundles=credit_bundles,
                custom_field_values=custom_field_values,
                pay_in_advance_entitlements=pay_in_advance_entitlements,
                activate_on_payment=activate_on_payment,
                base_plan_id=base_plan_id,
                base_plan_price_id=base_plan_price_id,
                base_plan_version_id=base_plan_version_id,
                billing_cycle_anchor=billing_cycle_anchor,
                billing_email=billing_email,
                billing_entity_id=billing_entity_id,
                cancel_immediately=cancel_immediately,
                collection_method=collection_method,
                coupon_external_id=coupon_external_id,
                days_until_due=days_until_due,
                payment_method_external_id=payment_method_external_id,
                promo_code=promo_code,
                prorate=prorate,
                prorate_first_period=prorate_first_period,
                send_invoice=send_invoice,
                trial_end=trial_end,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_company_billing_details(
        self,
        *,
        company_id: str,
        values: Sequence[CheckoutFieldValue | Mapping[str, Any]],
        address: CustomerBillingAddress | Mapping[str, Any] | Unset = UNSET,
        email: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        tax_id: TaxIDInput | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateCompanyBillingDetailsResponse:
        """Update company billing details.

        `PUT /companies/{company_id}/billing-details`

        Args:
            company_id (str)
            values (Sequence[CheckoutFieldValue | Mapping[str, Any]])
            address (CustomerBillingAddress | Mapping[str, Any], optional)
            email (str | None, optional)
            phone (str | None, optional)
            tax_id (TaxIDInput | Mapping[str, Any], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCompanyBillingDetailsResponse: the response envelope; `.data` is CompanyBillingDetailsResponseData.
        """
        from . import update_company_billing_details as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                values=values,
                address=address,
                email=email,
                phone=phone,
                tax_id=tax_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_customer_subscription_trial_end(
        self,
        *,
        subscription_id: str,
        trial_end: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateCustomerSubscriptionTrialEndResponse:
        """Update customer subscription trial end.

        `PUT /subscription/{subscription_id}/edit-trial-end`

        Args:
            subscription_id (str)
            trial_end (datetime.datetime | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCustomerSubscriptionTrialEndResponse: the response envelope; `.data` is BillingSubscriptionView.
        """
        from . import update_customer_subscription_trial_end as _operation

        return await self._requester.request(
            _operation.build_request(
                subscription_id=subscription_id,
                trial_end=trial_end,
            ),
            _operation.parse_response,
            request_options,
        )
