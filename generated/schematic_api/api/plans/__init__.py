"""The `plans` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType
    from ...models.billing_strategy import BillingStrategy
    from ...models.charge_type import ChargeType
    from ...models.checkout_field_value import CheckoutFieldValue
    from ...models.count_billing_product_match_companies_response import CountBillingProductMatchCompaniesResponse
    from ...models.count_plans_response import CountPlansResponse
    from ...models.create_custom_plan_response import CreateCustomPlanResponse
    from ...models.create_plan_response import CreatePlanResponse
    from ...models.custom_plan_activation_strategy import CustomPlanActivationStrategy
    from ...models.custom_plan_billing_status import CustomPlanBillingStatus
    from ...models.customer_billing_address import CustomerBillingAddress
    from ...models.delete_plan_response import DeletePlanResponse
    from ...models.delete_plan_version_response import DeletePlanVersionResponse
    from ...models.get_plan_response import GetPlanResponse
    from ...models.list_billing_product_match_companies_response import ListBillingProductMatchCompaniesResponse
    from ...models.list_custom_plan_billings_response import ListCustomPlanBillingsResponse
    from ...models.list_plan_issues_response import ListPlanIssuesResponse
    from ...models.list_plans_response import ListPlansResponse
    from ...models.mark_custom_plan_billing_paid_response import MarkCustomPlanBillingPaidResponse
    from ...models.migration_proration_behavior import MigrationProrationBehavior
    from ...models.plan_billing_source import PlanBillingSource
    from ...models.plan_currency_price_request_body import PlanCurrencyPriceRequestBody
    from ...models.plan_icon import PlanIcon
    from ...models.plan_type import PlanType
    from ...models.plan_version_migration_strategy import PlanVersionMigrationStrategy
    from ...models.publish_plan_version_response import PublishPlanVersionResponse
    from ...models.retry_custom_plan_billing_response import RetryCustomPlanBillingResponse
    from ...models.tax_id_input import TaxIDInput
    from ...models.update_company_plans_response import UpdateCompanyPlansResponse
    from ...models.update_plan_response import UpdatePlanResponse
    from ...models.upsert_billing_product_plan_response import UpsertBillingProductPlanResponse
    from ...models.upsert_plan_for_billing_product_response import UpsertPlanForBillingProductResponse


class PlansResource:
    """Operations tagged `plans`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def count_billing_product_match_companies(
        self,
        *,
        plan_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountBillingProductMatchCompaniesResponse:
        """Count billing product match companies.

        `GET /plans/billing-product-match-companies/count`

        Args:
            plan_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountBillingProductMatchCompaniesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_billing_product_match_companies as _operation

        return self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_plans(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_scoped_only: bool | Unset = UNSET,
        exclude_company_scoped: bool | Unset = UNSET,
        for_fallback_plan: bool | Unset = UNSET,
        for_initial_plan: bool | Unset = UNSET,
        for_trial_expiry_plan: bool | Unset = UNSET,
        has_product_id: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        include_draft_versions: bool | Unset = UNSET,
        plan_type: PlanType | Unset = UNSET,
        q: str | Unset = UNSET,
        scoped_to_company_id: str | Unset = UNSET,
        with_entitlements: bool | Unset = UNSET,
        without_entitlement_for: str | Unset = UNSET,
        without_paid_product_id: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountPlansResponse:
        """Count plans.

        `GET /plans/count`

        Args:
            company_id (str, optional)
            company_scoped_only (bool, optional)
            exclude_company_scoped (bool, optional)
            for_fallback_plan (bool, optional)
            for_initial_plan (bool, optional)
            for_trial_expiry_plan (bool, optional)
            has_product_id (bool, optional)
            ids (Sequence[str], optional)
            include_draft_versions (bool, optional)
            plan_type (PlanType, optional)
            q (str, optional)
            scoped_to_company_id (str, optional)
            with_entitlements (bool, optional)
            without_entitlement_for (str, optional)
            without_paid_product_id (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountPlansResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_plans as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_scoped_only=company_scoped_only,
                exclude_company_scoped=exclude_company_scoped,
                for_fallback_plan=for_fallback_plan,
                for_initial_plan=for_initial_plan,
                for_trial_expiry_plan=for_trial_expiry_plan,
                has_product_id=has_product_id,
                ids=ids,
                include_draft_versions=include_draft_versions,
                plan_type=plan_type,
                q=q,
                scoped_to_company_id=scoped_to_company_id,
                with_entitlements=with_entitlements,
                without_entitlement_for=without_entitlement_for,
                without_paid_product_id=without_paid_product_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_custom_plan(
        self,
        *,
        company_id: str,
        name: str,
        copied_from_plan_id: str | None | Unset = UNSET,
        copied_price_id: str | None | Unset = UNSET,
        description: str | Unset = UNSET,
        icon: PlanIcon | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCustomPlanResponse:
        """Create custom plan.

        `POST /custom-plans`

        Args:
            company_id (str)
            name (str)
            copied_from_plan_id (str | None, optional)
            copied_price_id (str | None, optional)
            description (str, optional)
            icon (PlanIcon | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCustomPlanResponse: the response envelope; `.data` is PlanDetailResponseData.
        """
        from . import create_custom_plan as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                name=name,
                copied_from_plan_id=copied_from_plan_id,
                copied_price_id=copied_price_id,
                description=description,
                icon=icon,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_plan(
        self,
        *,
        name: str,
        plan_type: PlanType,
        description: str | Unset = UNSET,
        icon: PlanIcon | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreatePlanResponse:
        """Create a plan.

        `POST /plans`

        Args:
            name (str)
            plan_type (PlanType)
            description (str, optional)
            icon (PlanIcon | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreatePlanResponse: the response envelope; `.data` is PlanDetailResponseData.
        """
        from . import create_plan as _operation

        return self._requester.request(
            _operation.build_request(
                name=name,
                plan_type=plan_type,
                description=description,
                icon=icon,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_plan(
        self,
        *,
        plan_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeletePlanResponse:
        """Delete a plan.

        `DELETE /plans/{plan_id}`

        Args:
            plan_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeletePlanResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_plan as _operation

        return self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_plan_version(
        self,
        *,
        plan_version_id: str,
        promote_archived_version: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeletePlanVersionResponse:
        """Delete plan version.

        `DELETE /plans/version/{plan_version_id}`

        Args:
            plan_version_id (str)
            promote_archived_version (bool, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeletePlanVersionResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_plan_version as _operation

        return self._requester.request(
            _operation.build_request(
                plan_version_id=plan_version_id,
                promote_archived_version=promote_archived_version,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_plan(
        self,
        *,
        plan_id: str,
        plan_version_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetPlanResponse:
        """Get a plan by id.

        `GET /plans/{plan_id}`

        Args:
            plan_id (str)
            plan_version_id (str, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanResponse: the response envelope; `.data` is PlanDetailResponseData.
        """
        from . import get_plan as _operation

        return self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                plan_version_id=plan_version_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_billing_product_match_companies(
        self,
        *,
        plan_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingProductMatchCompaniesResponse:
        """List billing product match companies.

        `GET /plans/billing-product-match-companies`

        Args:
            plan_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingProductMatchCompaniesResponse: the response envelope; `.data` is list[CompanyDetailResponseData].
        """
        from . import list_billing_product_match_companies as _operation

        return self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_custom_plan_billings(
        self,
        *,
        company_id: str | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_billing_source: PlanBillingSource | Unset = UNSET,
        status: CustomPlanBillingStatus | Unset = UNSET,
        statuses: Sequence[CustomPlanBillingStatus] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCustomPlanBillingsResponse:
        """List custom plan billings.

        `GET /custom-plan-billings`

        Args:
            company_id (str, optional)
            plan_id (str, optional)
            plan_billing_source (PlanBillingSource, optional)
            status (CustomPlanBillingStatus, optional)
            statuses (Sequence[CustomPlanBillingStatus], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCustomPlanBillingsResponse: the response envelope; `.data` is list[CustomPlanBillingResponseData].
        """
        from . import list_custom_plan_billings as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                plan_id=plan_id,
                plan_billing_source=plan_billing_source,
                status=status,
                statuses=statuses,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_plan_issues(
        self,
        *,
        plan_id: str,
        plan_version_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPlanIssuesResponse:
        """List plan issues.

        `GET /plans/issues`

        Args:
            plan_id (str)
            plan_version_id (str, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPlanIssuesResponse: the response envelope; `.data` is list[PlanIssueResponseData].
        """
        from . import list_plan_issues as _operation

        return self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                plan_version_id=plan_version_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_plans(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_scoped_only: bool | Unset = UNSET,
        exclude_company_scoped: bool | Unset = UNSET,
        for_fallback_plan: bool | Unset = UNSET,
        for_initial_plan: bool | Unset = UNSET,
        for_trial_expiry_plan: bool | Unset = UNSET,
        has_product_id: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        include_draft_versions: bool | Unset = UNSET,
        plan_type: PlanType | Unset = UNSET,
        q: str | Unset = UNSET,
        scoped_to_company_id: str | Unset = UNSET,
        with_entitlements: bool | Unset = UNSET,
        without_entitlement_for: str | Unset = UNSET,
        without_paid_product_id: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPlansResponse:
        """List plans.

        `GET /plans`

        Args:
            company_id (str, optional)
            company_scoped_only (bool, optional)
            exclude_company_scoped (bool, optional)
            for_fallback_plan (bool, optional)
            for_initial_plan (bool, optional)
            for_trial_expiry_plan (bool, optional)
            has_product_id (bool, optional)
            ids (Sequence[str], optional)
            include_draft_versions (bool, optional)
            plan_type (PlanType, optional)
            q (str, optional)
            scoped_to_company_id (str, optional)
            with_entitlements (bool, optional)
            without_entitlement_for (str, optional)
            without_paid_product_id (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPlansResponse: the response envelope; `.data` is list[PlanDetailResponseData].
        """
        from . import list_plans as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_scoped_only=company_scoped_only,
                exclude_company_scoped=exclude_company_scoped,
                for_fallback_plan=for_fallback_plan,
                for_initial_plan=for_initial_plan,
                for_trial_expiry_plan=for_trial_expiry_plan,
                has_product_id=has_product_id,
                ids=ids,
                include_draft_versions=include_draft_versions,
                plan_type=plan_type,
                q=q,
                scoped_to_company_id=scoped_to_company_id,
                with_entitlements=with_entitlements,
                without_entitlement_for=without_entitlement_for,
                without_paid_product_id=without_paid_product_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def mark_custom_plan_billing_paid(
        self,
        *,
        custom_plan_billing_id: str,
        body: Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> MarkCustomPlanBillingPaidResponse:
        """Mark custom plan billing paid.

        `PUT /custom-plan-billings/{custom_plan_billing_id}/mark-paid`

        Args:
            custom_plan_billing_id (str)
            body (Mapping[str, Any])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            MarkCustomPlanBillingPaidResponse: the response envelope; `.data` is CustomPlanBillingResponseData.
        """
        from . import mark_custom_plan_billing_paid as _operation

        return self._requester.request(
            _operation.build_request(
                custom_plan_billing_id=custom_plan_billing_id,
                body=body,
            ),
            _operation.parse_response,
            request_options,
        )

    def publish_plan_version(
        self,
        *,
        plan_version_id: str,
        excluded_company_ids: Sequence[str],
        migration_strategy: PlanVersionMigrationStrategy,
        activation_strategy: CustomPlanActivationStrategy | None | Unset = UNSET,
        address: CustomerBillingAddress | Mapping[str, Any] | Unset = UNSET,
        coupon_external_id: str | None | Unset = UNSET,
        custom_field_values: Sequence[CheckoutFieldValue | Mapping[str, Any]] | None | Unset = UNSET,
        customer_email: str | None | Unset = UNSET,
        days_until_due: int | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        proration_behavior: MigrationProrationBehavior | None | Unset = UNSET,
        require_no_migration: bool | None | Unset = UNSET,
        send_invoice: bool | None | Unset = UNSET,
        tax_id: TaxIDInput | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PublishPlanVersionResponse:
        """Publish plan version.

        `PUT /plans/version/{plan_version_id}/publish`

        Args:
            plan_version_id (str)
            excluded_company_ids (Sequence[str])
            migration_strategy (PlanVersionMigrationStrategy)
            activation_strategy (CustomPlanActivationStrategy | None, optional)
            address (CustomerBillingAddress | Mapping[str, Any], optional)
            coupon_external_id (str | None, optional)
            custom_field_values (Sequence[CheckoutFieldValue | Mapping[str, Any]] | None, optional)
            customer_email (str | None, optional)
            days_until_due (int | None, optional)
            phone (str | None, optional)
            proration_behavior (MigrationProrationBehavior | None, optional)
            require_no_migration (bool | None, optional)
            send_invoice (bool | None, optional)
            tax_id (TaxIDInput | Mapping[str, Any], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            PublishPlanVersionResponse: the response envelope; `.data` is PlanVersionResponseData.
        """
        from . import publish_plan_version as _operation

        return self._requester.request(
            _operation.build_request(
                plan_version_id=plan_version_id,
                excluded_company_ids=excluded_company_ids,
                migration_strategy=migration_strategy,
                activation_strategy=activation_strategy,
                address=address,
                coupon_external_id=coupon_external_id,
                custom_field_values=custom_field_values,
                customer_email=customer_email,
                days_until_due=days_until_due,
                phone=phone,
                proration_behavior=proration_behavior,
                require_no_migration=require_no_migration,
                send_invoice=send_invoice,
                tax_id=tax_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def retry_custom_plan_billing(
        self,
        *,
        custom_plan_billing_id: str,
        customer_email: str,
        activation_strategy: CustomPlanActivationStrategy | None | Unset = UNSET,
        days_until_due: int | None | Unset = UNSET,
        send_invoice: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RetryCustomPlanBillingResponse:
        """Retry custom plan billing.

        `PUT /custom-plan-billings/{custom_plan_billing_id}/retry`

        Args:
            custom_plan_billing_id (str)
            customer_email (str)
            activation_strategy (CustomPlanActivationStrategy | None, optional)
            days_until_due (int | None, optional)
            send_invoice (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            RetryCustomPlanBillingResponse: the response envelope; `.data` is CustomPlanBillingResponseData.
        """
        from . import retry_custom_plan_billing as _operation

        return self._requester.request(
            _operation.build_request(
                custom_plan_billing_id=custom_plan_billing_id,
                customer_email=customer_email,
                activation_strategy=activation_strategy,
                days_until_due=days_until_due,
                send_invoice=send_invoice,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_company_plans(
        self,
        *,
        company_id: str,
        add_on_ids: Sequence[str],
        base_plan_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateCompanyPlansResponse:
        """Set the plans of a company.

        `PUT /company-plans/{company_id}`

        Args:
            company_id (str)
            add_on_ids (Sequence[str])
            base_plan_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCompanyPlansResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import update_company_plans as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                add_on_ids=add_on_ids,
                base_plan_id=base_plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_plan(
        self,
        *,
        plan_id: str,
        name: str,
        description: str | None | Unset = UNSET,
        icon: PlanIcon | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdatePlanResponse:
        """Update a plan.

        `PUT /plans/{plan_id}`

        Args:
            plan_id (str)
            name (str)
            description (str | None, optional)
            icon (PlanIcon | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdatePlanResponse: the response envelope; `.data` is PlanDetailResponseData.
        """
        from . import update_plan as _operation

        return self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                name=name,
                description=description,
                icon=icon,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_billing_product_plan(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingProductPlanResponse:
        """Upsert billing product plan.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingProductPlanResponse: the response envelope; `.data` is BillingProductPlanResponseData.
        """
        from . import upsert_billing_product_plan as _operation

        return self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                charge_type=charge_type,
                is_trialable=is_trialable,
                billing_product_id=billing_product_id,
                billing_strategy=billing_strategy,
                currency=currency,
                currency_prices=currency_prices,
                monthly_price=monthly_price,
                monthly_price_id=monthly_price_id,
                one_time_price=one_time_price,
                one_time_price_id=one_time_price_id,
                quarterly_price=quarterly_price,
                quarterly_price_id=quarterly_price_id,
                trial_days=trial_days,
                yearly_price=yearly_price,
                yearly_price_id=yearly_price_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_plan_for_billing_product(
        self,
        *,
        billing_provider: BillingProviderType,
        external_resource_id: str,
        name: str,
        plan_type: PlanType,
        description: str | Unset = UNSET,
        external_resource_version: str | None | Unset = UNSET,
        icon: PlanIcon | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertPlanForBillingProductResponse:
        """Upsert plan for billing product.

        `POST /plans/billing-linked`

        Args:
            billing_provider (BillingProviderType)
            external_resource_id (str)
            name (str)
            plan_type (PlanType)
            description (str, optional)
            external_resource_version (str | None, optional)
            icon (PlanIcon | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertPlanForBillingProductResponse: the response envelope; `.data` is PlanDetailResponseData.
        """
        from . import upsert_plan_for_billing_product as _operation

        return self._requester.request(
            _operation.build_request(
                billing_provider=billing_provider,
                external_resource_id=external_resource_id,
                name=name,
                plan_type=plan_type,
                description=description,
                external_resource_version=external_resource_version,
                icon=icon,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncPlansResource:
    """Operations tagged `plans` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def count_billing_product_match_companies(
        self,
        *,
        plan_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountBillingProductMatchCompaniesResponse:
        """Count billing product match companies.

        `GET /plans/billing-product-match-companies/count`

        Args:
            plan_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountBillingProductMatchCompaniesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_billing_product_match_companies as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_plans(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_scoped_only: bool | Unset = UNSET,
        exclude_company_scoped: bool | Unset = UNSET,
        for_fallback_plan: bool | Unset = UNSET,
        for_initial_plan: bool | Unset = UNSET,
        for_trial_expiry_plan: bool | Unset = UNSET,
        has_product_id: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        include_draft_versions: bool | Unset = UNSET,
        plan_type: PlanType | Unset = UNSET,
        q: str | Unset = UNSET,
        scoped_to_company_id: str | Unset = UNSET,
        with_entitlements: bool | Unset = UNSET,
        without_entitlement_for: str | Unset = UNSET,
        without_paid_product_id: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountPlansResponse:
        """Count plans.

        `GET /plans/count`

        Args:
            company_id (str, optional)
            company_scoped_only (bool, optional)
            exclude_company_scoped (bool, optional)
            for_fallback_plan (bool, optional)
            for_initial_plan (bool, optional)
            for_trial_expiry_plan (bool, optional)
            has_product_id (bool, optional)
            ids (Sequence[str], optional)
            include_draft_versions (bool, optional)
            plan_type (PlanType, optional)
            q (str, optional)
            scoped_to_company_id (str, optional)
            with_entitlements (bool, optional)
            without_entitlement_for (str, optional)
            without_paid_product_id (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountPlansResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_plans as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_scoped_only=company_scoped_only,
                exclude_company_scoped=exclude_company_scoped,
                for_fallback_plan=for_fallback_plan,
                for_initial_plan=for_initial_plan,
                for_trial_expiry_plan=for_trial_expiry_plan,
                has_product_id=has_product_id,
                ids=ids,
                include_draft_versions=include_draft_versions,
                plan_type=plan_type,
                q=q,
                scoped_to_company_id=scoped_to_company_id,
                with_entitlements=with_entitlements,
                without_entitlement_for=without_entitlement_for,
                without_paid_product_id=without_paid_product_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_custom_plan(
        self,
        *,
        company_id: str,
        name: str,
        copied_from_plan_id: str | None | Unset = UNSET,
        copied_price_id: str | None | Unset = UNSET,
        description: str | Unset = UNSET,
        icon: PlanIcon | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCustomPlanResponse:
        """Create custom plan.

        `POST /custom-plans`

        Args:
            company_id (str)
            name (str)
            copied_from_plan_id (str | None, optional)
            copied_price_id (str | None, optional)
            description (str, optional)
            icon (PlanIcon | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCustomPlanResponse: the response envelope; `.data` is PlanDetailResponseData.
        """
        from . import create_custom_plan as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                name=name,
                copied_from_plan_id=copied_from_plan_id,
                copied_price_id=copied_price_id,
                description=description,
                icon=icon,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_plan(
        self,
        *,
        name: str,
        plan_type: PlanType,
        description: str | Unset = UNSET,
        icon: PlanIcon | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreatePlanResponse:
        """Create a plan.

        `POST /plans`

        Args:
            name (str)
            plan_type (PlanType)
            description (str, optional)
            icon (PlanIcon | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreatePlanResponse: the response envelope; `.data` is PlanDetailResponseData.
        """
        from . import create_plan as _operation

        return await self._requester.request(
            _operation.build_request(
                name=name,
                plan_type=plan_type,
                description=description,
                icon=icon,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_plan(
        self,
        *,
        plan_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeletePlanResponse:
        """Delete a plan.

        `DELETE /plans/{plan_id}`

        Args:
            plan_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeletePlanResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_plan as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_plan_version(
        self,
        *,
        plan_version_id: str,
        promote_archived_version: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeletePlanVersionResponse:
        """Delete plan version.

        `DELETE /plans/version/{plan_version_id}`

        Args:
            plan_version_id (str)
            promote_archived_version (bool, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeletePlanVersionResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_plan_version as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_version_id=plan_version_id,
                promote_archived_version=promote_archived_version,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_plan(
        self,
        *,
        plan_id: str,
        plan_version_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetPlanResponse:
        """Get a plan by id.

        `GET /plans/{plan_id}`

        Args:
            plan_id (str)
            plan_version_id (str, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanResponse: the response envelope; `.data` is PlanDetailResponseData.
        """
        from . import get_plan as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                plan_version_id=plan_version_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_billing_product_match_companies(
        self,
        *,
        plan_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingProductMatchCompaniesResponse:
        """List billing product match companies.

        `GET /plans/billing-product-match-companies`

        Args:
            plan_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingProductMatchCompaniesResponse: the response envelope; `.data` is list[CompanyDetailResponseData].
        """
        from . import list_billing_product_match_companies as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_custom_plan_billings(
        self,
        *,
        company_id: str | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_billing_source: PlanBillingSource | Unset = UNSET,
        status: CustomPlanBillingStatus | Unset = UNSET,
        statuses: Sequence[CustomPlanBillingStatus] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCustomPlanBillingsResponse:
        """List custom plan billings.

        `GET /custom-plan-billings`

        Args:
            company_id (str, optional)
            plan_id (str, optional)
            plan_billing_source (PlanBillingSource, optional)
            status (CustomPlanBillingStatus, optional)
            statuses (Sequence[CustomPlanBillingStatus], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCustomPlanBillingsResponse: the response envelope; `.data` is list[CustomPlanBillingResponseData].
        """
        from . import list_custom_plan_billings as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                plan_id=plan_id,
                plan_billing_source=plan_billing_source,
                status=status,
                statuses=statuses,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_plan_issues(
        self,
        *,
        plan_id: str,
        plan_version_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPlanIssuesResponse:
        """List plan issues.

        `GET /plans/issues`

        Args:
            plan_id (str)
            plan_version_id (str, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPlanIssuesResponse: the response envelope; `.data` is list[PlanIssueResponseData].
        """
        from . import list_plan_issues as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                plan_version_id=plan_version_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_plans(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_scoped_only: bool | Unset = UNSET,
        exclude_company_scoped: bool | Unset = UNSET,
        for_fallback_plan: bool | Unset = UNSET,
        for_initial_plan: bool | Unset = UNSET,
        for_trial_expiry_plan: bool | Unset = UNSET,
        has_product_id: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        include_draft_versions: bool | Unset = UNSET,
        plan_type: PlanType | Unset = UNSET,
        q: str | Unset = UNSET,
        scoped_to_company_id: str | Unset = UNSET,
        with_entitlements: bool | Unset = UNSET,
        without_entitlement_for: str | Unset = UNSET,
        without_paid_product_id: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPlansResponse:
        """List plans.

        `GET /plans`

        Args:
            company_id (str, optional)
            company_scoped_only (bool, optional)
            exclude_company_scoped (bool, optional)
            for_fallback_plan (bool, optional)
            for_initial_plan (bool, optional)
            for_trial_expiry_plan (bool, optional)
            has_product_id (bool, optional)
            ids (Sequence[str], optional)
            include_draft_versions (bool, optional)
            plan_type (PlanType, optional)
            q (str, optional)
            scoped_to_company_id (str, optional)
            with_entitlements (bool, optional)
            without_entitlement_for (str, optional)
            without_paid_product_id (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPlansResponse: the response envelope; `.data` is list[PlanDetailResponseData].
        """
        from . import list_plans as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_scoped_only=company_scoped_only,
                exclude_company_scoped=exclude_company_scoped,
                for_fallback_plan=for_fallback_plan,
                for_initial_plan=for_initial_plan,
                for_trial_expiry_plan=for_trial_expiry_plan,
                has_product_id=has_product_id,
                ids=ids,
                include_draft_versions=include_draft_versions,
                plan_type=plan_type,
                q=q,
                scoped_to_company_id=scoped_to_company_id,
                with_entitlements=with_entitlements,
                without_entitlement_for=without_entitlement_for,
                without_paid_product_id=without_paid_product_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def mark_custom_plan_billing_paid(
        self,
        *,
        custom_plan_billing_id: str,
        body: Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> MarkCustomPlanBillingPaidResponse:
        """Mark custom plan billing paid.

        `PUT /custom-plan-billings/{custom_plan_billing_id}/mark-paid`

        Args:
            custom_plan_billing_id (str)
            body (Mapping[str, Any])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            MarkCustomPlanBillingPaidResponse: the response envelope; `.data` is CustomPlanBillingResponseData.
        """
        from . import mark_custom_plan_billing_paid as _operation

        return await self._requester.request(
            _operation.build_request(
                custom_plan_billing_id=custom_plan_billing_id,
                body=body,
            ),
            _operation.parse_response,
            request_options,
        )

    async def publish_plan_version(
        self,
        *,
        plan_version_id: str,
        excluded_company_ids: Sequence[str],
        migration_strategy: PlanVersionMigrationStrategy,
        activation_strategy: CustomPlanActivationStrategy | None | Unset = UNSET,
        address: CustomerBillingAddress | Mapping[str, Any] | Unset = UNSET,
        coupon_external_id: str | None | Unset = UNSET,
        custom_field_values: Sequence[CheckoutFieldValue | Mapping[str, Any]] | None | Unset = UNSET,
        customer_email: str | None | Unset = UNSET,
        days_until_due: int | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        proration_behavior: MigrationProrationBehavior | None | Unset = UNSET,
        require_no_migration: bool | None | Unset = UNSET,
        send_invoice: bool | None | Unset = UNSET,
        tax_id: TaxIDInput | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PublishPlanVersionResponse:
        """Publish plan version.

        `PUT /plans/version/{plan_version_id}/publish`

        Args:
            plan_version_id (str)
            excluded_company_ids (Sequence[str])
            migration_strategy (PlanVersionMigrationStrategy)
            activation_strategy (CustomPlanActivationStrategy | None, optional)
            address (CustomerBillingAddress | Mapping[str, Any], optional)
            coupon_external_id (str | None, optional)
            custom_field_values (Sequence[CheckoutFieldValue | Mapping[str, Any]] | None, optional)
            customer_email (str | None, optional)
            days_until_due (int | None, optional)
            phone (str | None, optional)
            proration_behavior (MigrationProrationBehavior | None, optional)
            require_no_migration (bool | None, optional)
            send_invoice (bool | None, optional)
            tax_id (TaxIDInput | Mapping[str, Any], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            PublishPlanVersionResponse: the response envelope; `.data` is PlanVersionResponseData.
        """
        from . import publish_plan_version as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_version_id=plan_version_id,
                excluded_company_ids=excluded_company_ids,
                migration_strategy=migration_strategy,
                activation_strategy=activation_strategy,
                address=address,
                coupon_external_id=coupon_external_id,
                custom_field_values=custom_field_values,
                customer_email=customer_email,
                days_until_due=days_until_due,
                phone=phone,
                proration_behavior=proration_behavior,
                require_no_migration=require_no_migration,
                send_invoice=send_invoice,
                tax_id=tax_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def retry_custom_plan_billing(
        self,
        *,
        custom_plan_billing_id: str,
        customer_email: str,
        activation_strategy: CustomPlanActivationStrategy | None | Unset = UNSET,
        days_until_due: int | None | Unset = UNSET,
        send_invoice: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RetryCustomPlanBillingResponse:
        """Retry custom plan billing.

        `PUT /custom-plan-billings/{custom_plan_billing_id}/retry`

        Args:
            custom_plan_billing_id (str)
            customer_email (str)
            activation_strategy (CustomPlanActivationStrategy | None, optional)
            days_until_due (int | None, optional)
            send_invoice (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            RetryCustomPlanBillingResponse: the response envelope; `.data` is CustomPlanBillingResponseData.
        """
        from . import retry_custom_plan_billing as _operation

        return await self._requester.request(
            _operation.build_request(
                custom_plan_billing_id=custom_plan_billing_id,
                customer_email=customer_email,
                activation_strategy=activation_strategy,
                days_until_due=days_until_due,
                send_invoice=send_invoice,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_company_plans(
        self,
        *,
        company_id: str,
        add_on_ids: Sequence[str],
        base_plan_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateCompanyPlansResponse:
        """Set the plans of a company.

        `PUT /company-plans/{company_id}`

        Args:
            company_id (str)
            add_on_ids (Sequence[str])
            base_plan_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCompanyPlansResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import update_company_plans as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                add_on_ids=add_on_ids,
                base_plan_id=base_plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_plan(
        self,
        *,
        plan_id: str,
        name: str,
        description: str | None | Unset = UNSET,
        icon: PlanIcon | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdatePlanResponse:
        """Update a plan.

        `PUT /plans/{plan_id}`

        Args:
            plan_id (str)
            name (str)
            description (str | None, optional)
            icon (PlanIcon | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdatePlanResponse: the response envelope; `.data` is PlanDetailResponseData.
        """
        from . import update_plan as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                name=name,
                description=description,
                icon=icon,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_billing_product_plan(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingProductPlanResponse:
        """Upsert billing product plan.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingProductPlanResponse: the response envelope; `.data` is BillingProductPlanResponseData.
        """
        from . import upsert_billing_product_plan as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                charge_type=charge_type,
                is_trialable=is_trialable,
                billing_product_id=billing_product_id,
                billing_strategy=billing_strategy,
                currency=currency,
                currency_prices=currency_prices,
                monthly_price=monthly_price,
                monthly_price_id=monthly_price_id,
                one_time_price=one_time_price,
                one_time_price_id=one_time_price_id,
                quarterly_price=quarterly_price,
                quarterly_price_id=quarterly_price_id,
                trial_days=trial_days,
                yearly_price=yearly_price,
                yearly_price_id=yearly_price_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_plan_for_billing_product(
        self,
        *,
        billing_provider: BillingProviderType,
        external_resource_id: str,
        name: str,
        plan_type: PlanType,
        description: str | Unset = UNSET,
        external_resource_version: str | None | Unset = UNSET,
        icon: PlanIcon | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertPlanForBillingProductResponse:
        """Upsert plan for billing product.

        `POST /plans/billing-linked`

        Args:
            billing_provider (BillingProviderType)
            external_resource_id (str)
            name (str)
            plan_type (PlanType)
            description (str, optional)
            external_resource_version (str | None, optional)
            icon (PlanIcon | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertPlanForBillingProductResponse: the response envelope; `.data` is PlanDetailResponseData.
        """
        from . import upsert_plan_for_billing_product as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_provider=billing_provider,
                external_resource_id=external_resource_id,
                name=name,
                plan_type=plan_type,
                description=description,
                external_resource_version=external_resource_version,
                icon=icon,
            ),
            _operation.parse_response,
            request_options,
        )
