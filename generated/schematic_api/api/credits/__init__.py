"""The `credits` resource: one method per operation, in a sync and an async class.

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
    from ...models.acquire_credit_lease_response import AcquireCreditLeaseResponse
    from ...models.billing_credit_auto_topup_availability import BillingCreditAutoTopupAvailability
    from ...models.billing_credit_bundle_status import BillingCreditBundleStatus
    from ...models.billing_credit_bundle_type import BillingCreditBundleType
    from ...models.billing_credit_burn_strategy import BillingCreditBurnStrategy
    from ...models.billing_credit_expiry_type import BillingCreditExpiryType
    from ...models.billing_credit_expiry_unit import BillingCreditExpiryUnit
    from ...models.billing_credit_grant_reason import BillingCreditGrantReason
    from ...models.billing_credit_grant_zeroed_out_reason import BillingCreditGrantZeroedOutReason
    from ...models.billing_credit_rollover_policy import BillingCreditRolloverPolicy
    from ...models.billing_plan_credit_grant_reset_cadence import BillingPlanCreditGrantResetCadence
    from ...models.billing_plan_credit_grant_reset_start import BillingPlanCreditGrantResetStart
    from ...models.billing_plan_credit_grant_reset_type import BillingPlanCreditGrantResetType
    from ...models.count_billing_credits_grants_response import CountBillingCreditsGrantsResponse
    from ...models.count_billing_credits_response import CountBillingCreditsResponse
    from ...models.count_billing_plan_credit_grants_response import CountBillingPlanCreditGrantsResponse
    from ...models.count_company_grants_response import CountCompanyGrantsResponse
    from ...models.count_credit_bundles_response import CountCreditBundlesResponse
    from ...models.count_credit_event_ledger_response import CountCreditEventLedgerResponse
    from ...models.create_billing_credit_response import CreateBillingCreditResponse
    from ...models.create_billing_plan_credit_grant_response import CreateBillingPlanCreditGrantResponse
    from ...models.create_credit_bundle_response import CreateCreditBundleResponse
    from ...models.credit_auto_topup_amount_type import CreditAutoTopupAmountType
    from ...models.credit_bundle_currency_price_request_body import CreditBundleCurrencyPriceRequestBody
    from ...models.credit_currency_price_request_body import CreditCurrencyPriceRequestBody
    from ...models.credit_event_type import CreditEventType
    from ...models.credit_grant_sort_order import CreditGrantSortOrder
    from ...models.delete_billing_plan_credit_grant_response import DeleteBillingPlanCreditGrantResponse
    from ...models.delete_credit_bundle_response import DeleteCreditBundleResponse
    from ...models.extend_credit_lease_response import ExtendCreditLeaseResponse
    from ...models.get_credit_bundle_response import GetCreditBundleResponse
    from ...models.get_single_billing_credit_response import GetSingleBillingCreditResponse
    from ...models.get_single_billing_plan_credit_grant_response import GetSingleBillingPlanCreditGrantResponse
    from ...models.grant_billing_credits_to_company_response import GrantBillingCreditsToCompanyResponse
    from ...models.list_billing_credits_response import ListBillingCreditsResponse
    from ...models.list_billing_plan_credit_grants_response import ListBillingPlanCreditGrantsResponse
    from ...models.list_company_credit_balances_response import ListCompanyCreditBalancesResponse
    from ...models.list_company_grants_response import ListCompanyGrantsResponse
    from ...models.list_credit_bundles_response import ListCreditBundlesResponse
    from ...models.list_credit_event_ledger_response import ListCreditEventLedgerResponse
    from ...models.list_grants_for_credit_response import ListGrantsForCreditResponse
    from ...models.plan_credit_grant_scaling import PlanCreditGrantScaling
    from ...models.release_credit_lease_response import ReleaseCreditLeaseResponse
    from ...models.soft_delete_billing_credit_response import SoftDeleteBillingCreditResponse
    from ...models.sort_direction import SortDirection
    from ...models.update_billing_credit_response import UpdateBillingCreditResponse
    from ...models.update_billing_plan_credit_grant_response import UpdateBillingPlanCreditGrantResponse
    from ...models.update_credit_bundle_details_response import UpdateCreditBundleDetailsResponse
    from ...models.zero_out_grant_response import ZeroOutGrantResponse


class CreditsResource:
    """Operations tagged `credits`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def acquire_credit_lease(
        self,
        *,
        company_id: str,
        credit_type_id: str,
        requested_amount: float,
        expires_at: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AcquireCreditLeaseResponse:
        """Reserve credits for a usage (a credit lease).

        `POST /billing/credits/lease`

        Args:
            company_id (str)
            credit_type_id (str)
            requested_amount (float)
            expires_at (datetime.datetime | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            AcquireCreditLeaseResponse: the response envelope; `.data` is CreditLeaseResponseData.
        """
        from . import acquire_credit_lease as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                credit_type_id=credit_type_id,
                requested_amount=requested_amount,
                expires_at=expires_at,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_billing_credits(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountBillingCreditsResponse:
        """Count billing credits.

        `GET /billing/credits/count`

        Args:
            ids (Sequence[str], optional)
            name (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountBillingCreditsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_billing_credits as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                name=name,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_billing_credits_grants(
        self,
        *,
        credit_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountBillingCreditsGrantsResponse:
        """Count billing credits grants.

        `GET /billing/credits/grants/count`

        Args:
            credit_id (str, optional)
            ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountBillingCreditsGrantsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_billing_credits_grants as _operation

        return self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
                ids=ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_billing_plan_credit_grants(
        self,
        *,
        credit_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountBillingPlanCreditGrantsResponse:
        """Count billing plan credit grants.

        `GET /billing/credits/plan-grants/count`

        Args:
            credit_id (str, optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountBillingPlanCreditGrantsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_billing_plan_credit_grants as _operation

        return self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
                ids=ids,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_company_grants(
        self,
        *,
        company_id: str,
        order: CreditGrantSortOrder | Unset = UNSET,
        dir_: SortDirection | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCompanyGrantsResponse:
        """Count company grants.

        `GET /billing/credits/grants/company/count`

        Args:
            company_id (str)
            order (CreditGrantSortOrder, optional)
            dir_ (SortDirection, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCompanyGrantsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_company_grants as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                order=order,
                dir_=dir_,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_credit_bundles(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        credit_id: str | Unset = UNSET,
        status: BillingCreditBundleStatus | Unset = UNSET,
        bundle_type: BillingCreditBundleType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCreditBundlesResponse:
        """Count credit bundles.

        `GET /billing/credits/bundles/count`

        Args:
            ids (Sequence[str], optional)
            credit_id (str, optional)
            status (BillingCreditBundleStatus, optional)
            bundle_type (BillingCreditBundleType, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCreditBundlesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_credit_bundles as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                credit_id=credit_id,
                status=status,
                bundle_type=bundle_type,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_credit_event_ledger(
        self,
        *,
        billing_credit_id: str | Unset = UNSET,
        company_id: str,
        end_time: str | Unset = UNSET,
        event_type: CreditEventType | Unset = UNSET,
        feature_id: str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCreditEventLedgerResponse:
        """Count credit event ledger.

        `GET /v2/billing/credits/ledger/count`

        Args:
            billing_credit_id (str, optional)
            company_id (str)
            end_time (str, optional)
            event_type (CreditEventType, optional)
            feature_id (str, optional)
            start_time (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCreditEventLedgerResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_credit_event_ledger as _operation

        return self._requester.request(
            _operation.build_request(
                billing_credit_id=billing_credit_id,
                company_id=company_id,
                end_time=end_time,
                event_type=event_type,
                feature_id=feature_id,
                start_time=start_time,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_billing_credit(
        self,
        *,
        currency: str,
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
        request_options: RequestOptions | None = None,
    ) -> CreateBillingCreditResponse:
        """Create billing credit.

        `POST /billing/credits`

        Args:
            currency (str)
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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateBillingCreditResponse: the response envelope; `.data` is BillingCreditResponseData.
        """
        from . import create_billing_credit as _operation

        return self._requester.request(
            _operation.build_request(
                currency=currency,
                description=description,
                name=name,
                burn_strategy=burn_strategy,
                currency_prices=currency_prices,
                default_expiry_unit=default_expiry_unit,
                default_expiry_unit_count=default_expiry_unit_count,
                default_rollover_policy=default_rollover_policy,
                icon=icon,
                per_unit_price=per_unit_price,
                per_unit_price_decimal=per_unit_price_decimal,
                plural_name=plural_name,
                singular_name=singular_name,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_billing_plan_credit_grant(
        self,
        *,
        credit_amount: int,
        credit_id: str,
        plan_id: str,
        reset_cadence: BillingPlanCreditGrantResetCadence,
        reset_start: BillingPlanCreditGrantResetStart,
        apply_to_existing: bool | None | Unset = UNSET,
        auto_topup_amount: int | None | Unset = UNSET,
        auto_topup_amount_type: CreditAutoTopupAmountType | None | Unset = UNSET,
        auto_topup_availability: BillingCreditAutoTopupAvailability | None | Unset = UNSET,
        auto_topup_enabled: bool | None | Unset = UNSET,
        auto_topup_expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        auto_topup_expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        auto_topup_expiry_unit_count: int | None | Unset = UNSET,
        auto_topup_self_service: bool | None | Unset = UNSET,
        auto_topup_threshold_credits: int | None | Unset = UNSET,
        auto_topup_threshold_percent: int | None | Unset = UNSET,
        can_buy_bundles: bool | None | Unset = UNSET,
        company_credit_amount: int | None | Unset = UNSET,
        expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        expiry_unit_count: int | None | Unset = UNSET,
        license_id: str | None | Unset = UNSET,
        plan_version_id: str | None | Unset = UNSET,
        reset_type: BillingPlanCreditGrantResetType | None | Unset = UNSET,
        rollover_percentage: int | None | Unset = UNSET,
        scaling: PlanCreditGrantScaling | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateBillingPlanCreditGrantResponse:
        """Create billing plan credit grant.

        `POST /billing/credits/plan-grants`

        Args:
            credit_amount (int)
            credit_id (str)
            plan_id (str)
            reset_cadence (BillingPlanCreditGrantResetCadence)
            reset_start (BillingPlanCreditGrantResetStart)
            apply_to_existing (bool | None, optional)
            auto_topup_amount (int | None, optional)
            auto_topup_amount_type (CreditAutoTopupAmountType | None, optional)
            auto_topup_availability (BillingCreditAutoTopupAvailability | None, optional)
            auto_topup_enabled (bool | None, optional)
            auto_topup_expiry_type (BillingCreditExpiryType | None, optional)
            auto_topup_expiry_unit (BillingCreditExpiryUnit | None, optional)
            auto_topup_expiry_unit_count (int | None, optional)
            auto_topup_self_service (bool | None, optional)
            auto_topup_threshold_credits (int | None, optional)
            auto_topup_threshold_percent (int | None, optional)
            can_buy_bundles (bool | None, optional)
            company_credit_amount (int | None, optional)
            expiry_type (BillingCreditExpiryType | None, optional)
            expiry_unit (BillingCreditExpiryUnit | None, optional)
            expiry_unit_count (int | None, optional)
            license_id (str | None, optional)
            plan_version_id (str | None, optional)
            reset_type (BillingPlanCreditGrantResetType | None, optional)
            rollover_percentage (int | None, optional)
            scaling (PlanCreditGrantScaling | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateBillingPlanCreditGrantResponse: the response envelope; `.data` is BillingPlanCreditGrantResponseData.
        """
        from . import create_billing_plan_credit_grant as _operation

        return self._requester.request(
            _operation.build_request(
                credit_amount=credit_amount,
                credit_id=credit_id,
                plan_id=plan_id,
                reset_cadence=reset_cadence,
                reset_start=reset_start,
                apply_to_existing=apply_to_existing,
                auto_topup_amount=auto_topup_amount,
                auto_topup_amount_type=auto_topup_amount_type,
                auto_topup_availability=auto_topup_availability,
                auto_topup_enabled=auto_topup_enabled,
                auto_topup_expiry_type=auto_topup_expiry_type,
                auto_topup_expiry_unit=auto_topup_expiry_unit,
                auto_topup_expiry_unit_count=auto_topup_expiry_unit_count,
                auto_topup_self_service=auto_topup_self_service,
                auto_topup_threshold_credits=auto_topup_threshold_credits,
                auto_topup_threshold_percent=auto_topup_threshold_percent,
                can_buy_bundles=can_buy_bundles,
                company_credit_amount=company_credit_amount,
                expiry_type=expiry_type,
                expiry_unit=expiry_unit,
                expiry_unit_count=expiry_unit_count,
                license_id=license_id,
                plan_version_id=plan_version_id,
                reset_type=reset_type,
                rollover_percentage=rollover_percentage,
                scaling=scaling,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_credit_bundle(
        self,
        *,
        bundle_name: str,
        credit_id: str,
        currency: str,
        price_per_unit: int,
        bundle_type: BillingCreditBundleType | None | Unset = UNSET,
        compatible_plan_ids: Sequence[str] | None | Unset = UNSET,
        currency_prices: Sequence[CreditBundleCurrencyPriceRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
        expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        expiry_unit_count: int | None | Unset = UNSET,
        price_per_unit_decimal: str | None | Unset = UNSET,
        quantity: int | None | Unset = UNSET,
        status: BillingCreditBundleStatus | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCreditBundleResponse:
        """Create credit bundle.

        `POST /billing/credits/bundles`

        Args:
            bundle_name (str)
            credit_id (str)
            currency (str)
            price_per_unit (int)
            bundle_type (BillingCreditBundleType | None, optional)
            compatible_plan_ids (Sequence[str] | None, optional)
            currency_prices (Sequence[CreditBundleCurrencyPriceRequestBody | Mapping[str, Any]] | None,
                optional)
            expiry_type (BillingCreditExpiryType | None, optional)
            expiry_unit (BillingCreditExpiryUnit | None, optional)
            expiry_unit_count (int | None, optional)
            price_per_unit_decimal (str | None, optional)
            quantity (int | None, optional)
            status (BillingCreditBundleStatus | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCreditBundleResponse: the response envelope; `.data` is BillingCreditBundleResponseData.
        """
        from . import create_credit_bundle as _operation

        return self._requester.request(
            _operation.build_request(
                bundle_name=bundle_name,
                credit_id=credit_id,
                currency=currency,
                price_per_unit=price_per_unit,
                bundle_type=bundle_type,
                compatible_plan_ids=compatible_plan_ids,
                currency_prices=currency_prices,
                expiry_type=expiry_type,
                expiry_unit=expiry_unit,
                expiry_unit_count=expiry_unit_count,
                price_per_unit_decimal=price_per_unit_decimal,
                quantity=quantity,
                status=status,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_billing_plan_credit_grant(
        self,
        *,
        plan_grant_id: str,
        apply_to_existing: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeleteBillingPlanCreditGrantResponse:
        """Delete billing plan credit grant.

        `DELETE /billing/credits/plan-grants/{plan_grant_id}`

        Args:
            plan_grant_id (str)
            apply_to_existing (bool, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteBillingPlanCreditGrantResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_billing_plan_credit_grant as _operation

        return self._requester.request(
            _operation.build_request(
                plan_grant_id=plan_grant_id,
                apply_to_existing=apply_to_existing,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_credit_bundle(
        self,
        *,
        bundle_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteCreditBundleResponse:
        """Delete credit bundle.

        `DELETE /billing/credits/bundles/{bundle_id}`

        Args:
            bundle_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCreditBundleResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_credit_bundle as _operation

        return self._requester.request(
            _operation.build_request(
                bundle_id=bundle_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def extend_credit_lease(
        self,
        *,
        lease_id: str,
        additional_amount: float,
        expires_at: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExtendCreditLeaseResponse:
        """Extend credit lease.

        `PUT /billing/credits/lease/{lease_id}/extend`

        Args:
            lease_id (str)
            additional_amount (float)
            expires_at (datetime.datetime | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ExtendCreditLeaseResponse: the response envelope; `.data` is CreditLeaseResponseData.
        """
        from . import extend_credit_lease as _operation

        return self._requester.request(
            _operation.build_request(
                lease_id=lease_id,
                additional_amount=additional_amount,
                expires_at=expires_at,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_credit_bundle(
        self,
        *,
        bundle_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCreditBundleResponse:
        """Get credit bundle.

        `GET /billing/credits/bundles/{bundle_id}`

        Args:
            bundle_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCreditBundleResponse: the response envelope; `.data` is BillingCreditBundleResponseData.
        """
        from . import get_credit_bundle as _operation

        return self._requester.request(
            _operation.build_request(
                bundle_id=bundle_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_single_billing_credit(
        self,
        *,
        credit_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetSingleBillingCreditResponse:
        """Get single billing credit.

        `GET /billing/credits/{credit_id}`

        Args:
            credit_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetSingleBillingCreditResponse: the response envelope; `.data` is BillingCreditResponseData.
        """
        from . import get_single_billing_credit as _operation

        return self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_single_billing_plan_credit_grant(
        self,
        *,
        plan_grant_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetSingleBillingPlanCreditGrantResponse:
        """Get single billing plan credit grant.

        `GET /billing/credits/plan-grants/{plan_grant_id}`

        Args:
            plan_grant_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetSingleBillingPlanCreditGrantResponse: the response envelope; `.data` is BillingPlanCreditGrantResponseData.
        """
        from . import get_single_billing_plan_credit_grant as _operation

        return self._requester.request(
            _operation.build_request(
                plan_grant_id=plan_grant_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def grant_billing_credits_to_company(
        self,
        *,
        company_id: str,
        credit_id: str,
        quantity: int,
        reason: BillingCreditGrantReason,
        billing_periods_count: int | None | Unset = UNSET,
        currency: str | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        expiry_unit_count: int | None | Unset = UNSET,
        renewal_enabled: bool | None | Unset = UNSET,
        renewal_period: BillingPlanCreditGrantResetStart | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GrantBillingCreditsToCompanyResponse:
        """Grant billing credits to a company.

        `POST /billing/credits/grants/company`

        Args:
            company_id (str)
            credit_id (str)
            quantity (int)
            reason (BillingCreditGrantReason)
            billing_periods_count (int | None, optional)
            currency (str | None, optional)
            expires_at (datetime.datetime | None, optional)
            expiry_type (BillingCreditExpiryType | None, optional)
            expiry_unit (BillingCreditExpiryUnit | None, optional)
            expiry_unit_count (int | None, optional)
            renewal_enabled (bool | None, optional)
            renewal_period (BillingPlanCreditGrantResetStart | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GrantBillingCreditsToCompanyResponse: the response envelope; `.data` is BillingCreditGrantResponseData.
        """
        from . import grant_billing_credits_to_company as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                credit_id=credit_id,
                quantity=quantity,
                reason=reason,
                billing_periods_count=billing_periods_count,
                currency=currency,
                expires_at=expires_at,
                expiry_type=expiry_type,
                expiry_unit=expiry_unit,
                expiry_unit_count=expiry_unit_count,
                renewal_enabled=renewal_enabled,
                renewal_period=renewal_period,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_billing_credits(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingCreditsResponse:
        """List billing credits.

        `GET /billing/credits`

        Args:
            ids (Sequence[str], optional)
            name (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingCreditsResponse: the response envelope; `.data` is list[BillingCreditResponseData].
        """
        from . import list_billing_credits as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                name=name,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_billing_plan_credit_grants(
        self,
        *,
        credit_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingPlanCreditGrantsResponse:
        """List billing plan credit grants.

        `GET /billing/credits/plan-grants`

        Args:
            credit_id (str, optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingPlanCreditGrantsResponse: the response envelope; `.data` is list[BillingPlanCreditGrantResponseData].
        """
        from . import list_billing_plan_credit_grants as _operation

        return self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
                ids=ids,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_company_credit_balances(
        self,
        *,
        company_id: str,
        request_options: RequestOptions | None = None,
    ) -> ListCompanyCreditBalancesResponse:
        """List company credit balances.

        `GET /billing/credits/balance`

        Args:
            company_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompanyCreditBalancesResponse: the response envelope; `.data` is list[CompanyCreditBalanceResponseData].
        """
        from . import list_company_credit_balances as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_company_grants(
        self,
        *,
        company_id: str,
        order: CreditGrantSortOrder | Unset = UNSET,
        dir_: SortDirection | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCompanyGrantsResponse:
        """List company grants.

        `GET /billing/credits/grants/company/list`

        Args:
            company_id (str)
            order (CreditGrantSortOrder, optional)
            dir_ (SortDirection, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompanyGrantsResponse: the response envelope; `.data` is list[BillingCreditGrantResponseData].
        """
        from . import list_company_grants as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                order=order,
                dir_=dir_,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_credit_bundles(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        credit_id: str | Unset = UNSET,
        status: BillingCreditBundleStatus | Unset = UNSET,
        bundle_type: BillingCreditBundleType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCreditBundlesResponse:
        """List credit bundles.

        `GET /billing/credits/bundles`

        Args:
            ids (Sequence[str], optional)
            credit_id (str, optional)
            status (BillingCreditBundleStatus, optional)
            bundle_type (BillingCreditBundleType, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCreditBundlesResponse: the response envelope; `.data` is list[BillingCreditBundleResponseData].
        """
        from . import list_credit_bundles as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                credit_id=credit_id,
                status=status,
                bundle_type=bundle_type,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_credit_event_ledger(
        self,
        *,
        billing_credit_id: str | Unset = UNSET,
        company_id: str,
        end_time: str | Unset = UNSET,
        event_type: CreditEventType | Unset = UNSET,
        feature_id: str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCreditEventLedgerResponse:
        """List credit event ledger.

        `GET /v2/billing/credits/ledger`

        Args:
            billing_credit_id (str, optional)
            company_id (str)
            end_time (str, optional)
            event_type (CreditEventType, optional)
            feature_id (str, optional)
            start_time (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCreditEventLedgerResponse: the response envelope; `.data` is list[CreditEventLedgerResponseData].
        """
        from . import list_credit_event_ledger as _operation

        return self._requester.request(
            _operation.build_request(
                billing_credit_id=billing_credit_id,
                company_id=company_id,
                end_time=end_time,
                event_type=event_type,
                feature_id=feature_id,
                start_time=start_time,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_grants_for_credit(
        self,
        *,
        credit_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListGrantsForCreditResponse:
        """List grants for credit.

        `GET /billing/credits/grants/list`

        Args:
            credit_id (str, optional)
            ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListGrantsForCreditResponse: the response envelope; `.data` is list[BillingCreditGrantResponseData].
        """
        from . import list_grants_for_credit as _operation

        return self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
                ids=ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def release_credit_lease(
        self,
        *,
        lease_id: str,
        body: Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ReleaseCreditLeaseResponse:
        """Release credit lease.

        `PUT /billing/credits/lease/{lease_id}/release`

        Args:
            lease_id (str)
            body (Mapping[str, Any])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ReleaseCreditLeaseResponse: the response envelope; `.data` is CreditLeaseResponseData.
        """
        from . import release_credit_lease as _operation

        return self._requester.request(
            _operation.build_request(
                lease_id=lease_id,
                body=body,
            ),
            _operation.parse_response,
            request_options,
        )

    def soft_delete_billing_credit(
        self,
        *,
        credit_id: str,
        request_options: RequestOptions | None = None,
    ) -> SoftDeleteBillingCreditResponse:
        """Soft delete billing credit.

        `DELETE /billing/credits/{credit_id}`

        Args:
            credit_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            SoftDeleteBillingCreditResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import soft_delete_billing_credit as _operation

        return self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_billing_credit(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> UpdateBillingCreditResponse:
        """Update billing credit.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateBillingCreditResponse: the response envelope; `.data` is BillingCreditResponseData.
        """
        from . import update_billing_credit as _operation

        return self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
                description=description,
                name=name,
                burn_strategy=burn_strategy,
                currency_prices=currency_prices,
                default_expiry_unit=default_expiry_unit,
                default_expiry_unit_count=default_expiry_unit_count,
                default_rollover_policy=default_rollover_policy,
                icon=icon,
                per_unit_price=per_unit_price,
                per_unit_price_decimal=per_unit_price_decimal,
                plural_name=plural_name,
                singular_name=singular_name,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_billing_plan_credit_grant(
        self,
        *,
        plan_grant_id: str,
        reset_cadence: BillingPlanCreditGrantResetCadence,
        reset_start: BillingPlanCreditGrantResetStart,
        apply_to_existing: bool | None | Unset = UNSET,
        auto_topup_amount: int | None | Unset = UNSET,
        auto_topup_amount_type: CreditAutoTopupAmountType | None | Unset = UNSET,
        auto_topup_availability: BillingCreditAutoTopupAvailability | None | Unset = UNSET,
        auto_topup_enabled: bool | None | Unset = UNSET,
        auto_topup_expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        auto_topup_expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        auto_topup_expiry_unit_count: int | None | Unset = UNSET,
        auto_topup_self_service: bool | None | Unset = UNSET,
        auto_topup_threshold_credits: int | None | Unset = UNSET,
        auto_topup_threshold_percent: int | None | Unset = UNSET,
        can_buy_bundles: bool | None | Unset = UNSET,
        company_credit_amount: int | None | Unset = UNSET,
        credit_amount: int | None | Unset = UNSET,
        expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        expiry_unit_count: int | None | Unset = UNSET,
        license_id: str | None | Unset = UNSET,
        reset_type: BillingPlanCreditGrantResetType | None | Unset = UNSET,
        rollover_percentage: int | None | Unset = UNSET,
        scaling: PlanCreditGrantScaling | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateBillingPlanCreditGrantResponse:
        """Update billing plan credit grant.

        `PUT /billing/credits/plan-grants/{plan_grant_id}`

        Args:
            plan_grant_id (str)
            reset_cadence (BillingPlanCreditGrantResetCadence)
            reset_start (BillingPlanCreditGrantResetStart)
            apply_to_existing (bool | None, optional)
            auto_topup_amount (int | None, optional)
            auto_topup_amount_type (CreditAutoTopupAmountType | None, optional)
            auto_topup_availability (BillingCreditAutoTopupAvailability | None, optional)
            auto_topup_enabled (bool | None, optional)
            auto_topup_expiry_type (BillingCreditExpiryType | None, optional)
            auto_topup_expiry_unit (BillingCreditExpiryUnit | None, optional)
            auto_topup_expiry_unit_count (int | None, optional)
            auto_topup_self_service (bool | None, optional)
            auto_topup_threshold_credits (int | None, optional)
            auto_topup_threshold_percent (int | None, optional)
            can_buy_bundles (bool | None, optional)
            company_credit_amount (int | None, optional)
            credit_amount (int | None, optional)
            expiry_type (BillingCreditExpiryType | None, optional)
            expiry_unit (BillingCreditExpiryUnit | None, optional)
            expiry_unit_count (int | None, optional)
            license_id (str | None, optional)
            reset_type (BillingPlanCreditGrantResetType | None, optional)
            rollover_percentage (int | None, optional)
            scaling (PlanCreditGrantScaling | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateBillingPlanCreditGrantResponse: the response envelope; `.data` is BillingPlanCreditGrantResponseData.
        """
        from . import update_billing_plan_credit_grant as _operation

        return self._requester.request(
            _operation.build_request(
                plan_grant_id=plan_grant_id,
                reset_cadence=reset_cadence,
                reset_start=reset_start,
                apply_to_existing=apply_to_existing,
                auto_topup_amount=auto_topup_amount,
                auto_topup_amount_type=auto_topup_amount_type,
                auto_topup_availability=auto_topup_availability,
                auto_topup_enabled=auto_topup_enabled,
                auto_topup_expiry_type=auto_topup_expiry_type,
                auto_topup_expiry_unit=auto_topup_expiry_unit,
                auto_topup_expiry_unit_count=auto_topup_expiry_unit_count,
                auto_topup_self_service=auto_topup_self_service,
                auto_topup_threshold_credits=auto_topup_threshold_credits,
                auto_topup_threshold_percent=auto_topup_threshold_percent,
                can_buy_bundles=can_buy_bundles,
                company_credit_amount=company_credit_amount,
                credit_amount=credit_amount,
                expiry_type=expiry_type,
                expiry_unit=expiry_unit,
                expiry_unit_count=expiry_unit_count,
                license_id=license_id,
                reset_type=reset_type,
                rollover_percentage=rollover_percentage,
                scaling=scaling,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_credit_bundle_details(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> UpdateCreditBundleDetailsResponse:
        """Update credit bundle details.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCreditBundleDetailsResponse: the response envelope; `.data` is BillingCreditBundleResponseData.
        """
        from . import update_credit_bundle_details as _operation

        return self._requester.request(
            _operation.build_request(
                bundle_id=bundle_id,
                bundle_name=bundle_name,
                price_per_unit=price_per_unit,
                compatible_plan_ids=compatible_plan_ids,
                currency_prices=currency_prices,
                expiry_type=expiry_type,
                expiry_unit=expiry_unit,
                expiry_unit_count=expiry_unit_count,
                price_per_unit_decimal=price_per_unit_decimal,
                quantity=quantity,
                status=status,
            ),
            _operation.parse_response,
            request_options,
        )

    def zero_out_grant(
        self,
        *,
        grant_id: str,
        reason: BillingCreditGrantZeroedOutReason | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ZeroOutGrantResponse:
        """Zero out grant.

        `PUT /billing/credits/grants/{grant_id}/zero-out`

        Args:
            grant_id (str)
            reason (BillingCreditGrantZeroedOutReason | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ZeroOutGrantResponse: the response envelope; `.data` is BillingCreditGrantResponseData.
        """
        from . import zero_out_grant as _operation

        return self._requester.request(
            _operation.build_request(
                grant_id=grant_id,
                reason=reason,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncCreditsResource:
    """Operations tagged `credits` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def acquire_credit_lease(
        self,
        *,
        company_id: str,
        credit_type_id: str,
        requested_amount: float,
        expires_at: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AcquireCreditLeaseResponse:
        """Reserve credits for a usage (a credit lease).

        `POST /billing/credits/lease`

        Args:
            company_id (str)
            credit_type_id (str)
            requested_amount (float)
            expires_at (datetime.datetime | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            AcquireCreditLeaseResponse: the response envelope; `.data` is CreditLeaseResponseData.
        """
        from . import acquire_credit_lease as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                credit_type_id=credit_type_id,
                requested_amount=requested_amount,
                expires_at=expires_at,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_billing_credits(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountBillingCreditsResponse:
        """Count billing credits.

        `GET /billing/credits/count`

        Args:
            ids (Sequence[str], optional)
            name (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountBillingCreditsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_billing_credits as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                name=name,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_billing_credits_grants(
        self,
        *,
        credit_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountBillingCreditsGrantsResponse:
        """Count billing credits grants.

        `GET /billing/credits/grants/count`

        Args:
            credit_id (str, optional)
            ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountBillingCreditsGrantsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_billing_credits_grants as _operation

        return await self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
                ids=ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_billing_plan_credit_grants(
        self,
        *,
        credit_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountBillingPlanCreditGrantsResponse:
        """Count billing plan credit grants.

        `GET /billing/credits/plan-grants/count`

        Args:
            credit_id (str, optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountBillingPlanCreditGrantsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_billing_plan_credit_grants as _operation

        return await self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
                ids=ids,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_company_grants(
        self,
        *,
        company_id: str,
        order: CreditGrantSortOrder | Unset = UNSET,
        dir_: SortDirection | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCompanyGrantsResponse:
        """Count company grants.

        `GET /billing/credits/grants/company/count`

        Args:
            company_id (str)
            order (CreditGrantSortOrder, optional)
            dir_ (SortDirection, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCompanyGrantsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_company_grants as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                order=order,
                dir_=dir_,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_credit_bundles(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        credit_id: str | Unset = UNSET,
        status: BillingCreditBundleStatus | Unset = UNSET,
        bundle_type: BillingCreditBundleType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCreditBundlesResponse:
        """Count credit bundles.

        `GET /billing/credits/bundles/count`

        Args:
            ids (Sequence[str], optional)
            credit_id (str, optional)
            status (BillingCreditBundleStatus, optional)
            bundle_type (BillingCreditBundleType, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCreditBundlesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_credit_bundles as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                credit_id=credit_id,
                status=status,
                bundle_type=bundle_type,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_credit_event_ledger(
        self,
        *,
        billing_credit_id: str | Unset = UNSET,
        company_id: str,
        end_time: str | Unset = UNSET,
        event_type: CreditEventType | Unset = UNSET,
        feature_id: str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCreditEventLedgerResponse:
        """Count credit event ledger.

        `GET /v2/billing/credits/ledger/count`

        Args:
            billing_credit_id (str, optional)
            company_id (str)
            end_time (str, optional)
            event_type (CreditEventType, optional)
            feature_id (str, optional)
            start_time (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCreditEventLedgerResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_credit_event_ledger as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_credit_id=billing_credit_id,
                company_id=company_id,
                end_time=end_time,
                event_type=event_type,
                feature_id=feature_id,
                start_time=start_time,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_billing_credit(
        self,
        *,
        currency: str,
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
        request_options: RequestOptions | None = None,
    ) -> CreateBillingCreditResponse:
        """Create billing credit.

        `POST /billing/credits`

        Args:
            currency (str)
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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateBillingCreditResponse: the response envelope; `.data` is BillingCreditResponseData.
        """
        from . import create_billing_credit as _operation

        return await self._requester.request(
            _operation.build_request(
                currency=currency,
                description=description,
                name=name,
                burn_strategy=burn_strategy,
                currency_prices=currency_prices,
                default_expiry_unit=default_expiry_unit,
                default_expiry_unit_count=default_expiry_unit_count,
                default_rollover_policy=default_rollover_policy,
                icon=icon,
                per_unit_price=per_unit_price,
                per_unit_price_decimal=per_unit_price_decimal,
                plural_name=plural_name,
                singular_name=singular_name,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_billing_plan_credit_grant(
        self,
        *,
        credit_amount: int,
        credit_id: str,
        plan_id: str,
        reset_cadence: BillingPlanCreditGrantResetCadence,
        reset_start: BillingPlanCreditGrantResetStart,
        apply_to_existing: bool | None | Unset = UNSET,
        auto_topup_amount: int | None | Unset = UNSET,
        auto_topup_amount_type: CreditAutoTopupAmountType | None | Unset = UNSET,
        auto_topup_availability: BillingCreditAutoTopupAvailability | None | Unset = UNSET,
        auto_topup_enabled: bool | None | Unset = UNSET,
        auto_topup_expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        auto_topup_expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        auto_topup_expiry_unit_count: int | None | Unset = UNSET,
        auto_topup_self_service: bool | None | Unset = UNSET,
        auto_topup_threshold_credits: int | None | Unset = UNSET,
        auto_topup_threshold_percent: int | None | Unset = UNSET,
        can_buy_bundles: bool | None | Unset = UNSET,
        company_credit_amount: int | None | Unset = UNSET,
        expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        expiry_unit_count: int | None | Unset = UNSET,
        license_id: str | None | Unset = UNSET,
        plan_version_id: str | None | Unset = UNSET,
        reset_type: BillingPlanCreditGrantResetType | None | Unset = UNSET,
        rollover_percentage: int | None | Unset = UNSET,
        scaling: PlanCreditGrantScaling | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateBillingPlanCreditGrantResponse:
        """Create billing plan credit grant.

        `POST /billing/credits/plan-grants`

        Args:
            credit_amount (int)
            credit_id (str)
            plan_id (str)
            reset_cadence (BillingPlanCreditGrantResetCadence)
            reset_start (BillingPlanCreditGrantResetStart)
            apply_to_existing (bool | None, optional)
            auto_topup_amount (int | None, optional)
            auto_topup_amount_type (CreditAutoTopupAmountType | None, optional)
            auto_topup_availability (BillingCreditAutoTopupAvailability | None, optional)
            auto_topup_enabled (bool | None, optional)
            auto_topup_expiry_type (BillingCreditExpiryType | None, optional)
            auto_topup_expiry_unit (BillingCreditExpiryUnit | None, optional)
            auto_topup_expiry_unit_count (int | None, optional)
            auto_topup_self_service (bool | None, optional)
            auto_topup_threshold_credits (int | None, optional)
            auto_topup_threshold_percent (int | None, optional)
            can_buy_bundles (bool | None, optional)
            company_credit_amount (int | None, optional)
            expiry_type (BillingCreditExpiryType | None, optional)
            expiry_unit (BillingCreditExpiryUnit | None, optional)
            expiry_unit_count (int | None, optional)
            license_id (str | None, optional)
            plan_version_id (str | None, optional)
            reset_type (BillingPlanCreditGrantResetType | None, optional)
            rollover_percentage (int | None, optional)
            scaling (PlanCreditGrantScaling | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateBillingPlanCreditGrantResponse: the response envelope; `.data` is BillingPlanCreditGrantResponseData.
        """
        from . import create_billing_plan_credit_grant as _operation

        return await self._requester.request(
            _operation.build_request(
                credit_amount=credit_amount,
                credit_id=credit_id,
                plan_id=plan_id,
                reset_cadence=reset_cadence,
                reset_start=reset_start,
                apply_to_existing=apply_to_existing,
                auto_topup_amount=auto_topup_amount,
                auto_topup_amount_type=auto_topup_amount_type,
                auto_topup_availability=auto_topup_availability,
                auto_topup_enabled=auto_topup_enabled,
                auto_topup_expiry_type=auto_topup_expiry_type,
                auto_topup_expiry_unit=auto_topup_expiry_unit,
                auto_topup_expiry_unit_count=auto_topup_expiry_unit_count,
                auto_topup_self_service=auto_topup_self_service,
                auto_topup_threshold_credits=auto_topup_threshold_credits,
                auto_topup_threshold_percent=auto_topup_threshold_percent,
                can_buy_bundles=can_buy_bundles,
                company_credit_amount=company_credit_amount,
                expiry_type=expiry_type,
                expiry_unit=expiry_unit,
                expiry_unit_count=expiry_unit_count,
                license_id=license_id,
                plan_version_id=plan_version_id,
                reset_type=reset_type,
                rollover_percentage=rollover_percentage,
                scaling=scaling,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_credit_bundle(
        self,
        *,
        bundle_name: str,
        credit_id: str,
        currency: str,
        price_per_unit: int,
        bundle_type: BillingCreditBundleType | None | Unset = UNSET,
        compatible_plan_ids: Sequence[str] | None | Unset = UNSET,
        currency_prices: Sequence[CreditBundleCurrencyPriceRequestBody | Mapping[str, Any]] | None | Unset = UNSET,
        expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        expiry_unit_count: int | None | Unset = UNSET,
        price_per_unit_decimal: str | None | Unset = UNSET,
        quantity: int | None | Unset = UNSET,
        status: BillingCreditBundleStatus | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCreditBundleResponse:
        """Create credit bundle.

        `POST /billing/credits/bundles`

        Args:
            bundle_name (str)
            credit_id (str)
            currency (str)
            price_per_unit (int)
            bundle_type (BillingCreditBundleType | None, optional)
            compatible_plan_ids (Sequence[str] | None, optional)
            currency_prices (Sequence[CreditBundleCurrencyPriceRequestBody | Mapping[str, Any]] | None,
                optional)
            expiry_type (BillingCreditExpiryType | None, optional)
            expiry_unit (BillingCreditExpiryUnit | None, optional)
            expiry_unit_count (int | None, optional)
            price_per_unit_decimal (str | None, optional)
            quantity (int | None, optional)
            status (BillingCreditBundleStatus | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCreditBundleResponse: the response envelope; `.data` is BillingCreditBundleResponseData.
        """
        from . import create_credit_bundle as _operation

        return await self._requester.request(
            _operation.build_request(
                bundle_name=bundle_name,
                credit_id=credit_id,
                currency=currency,
                price_per_unit=price_per_unit,
                bundle_type=bundle_type,
                compatible_plan_ids=compatible_plan_ids,
                currency_prices=currency_prices,
                expiry_type=expiry_type,
                expiry_unit=expiry_unit,
                expiry_unit_count=expiry_unit_count,
                price_per_unit_decimal=price_per_unit_decimal,
                quantity=quantity,
                status=status,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_billing_plan_credit_grant(
        self,
        *,
        plan_grant_id: str,
        apply_to_existing: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeleteBillingPlanCreditGrantResponse:
        """Delete billing plan credit grant.

        `DELETE /billing/credits/plan-grants/{plan_grant_id}`

        Args:
            plan_grant_id (str)
            apply_to_existing (bool, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteBillingPlanCreditGrantResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_billing_plan_credit_grant as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_grant_id=plan_grant_id,
                apply_to_existing=apply_to_existing,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_credit_bundle(
        self,
        *,
        bundle_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteCreditBundleResponse:
        """Delete credit bundle.

        `DELETE /billing/credits/bundles/{bundle_id}`

        Args:
            bundle_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCreditBundleResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_credit_bundle as _operation

        return await self._requester.request(
            _operation.build_request(
                bundle_id=bundle_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def extend_credit_lease(
        self,
        *,
        lease_id: str,
        additional_amount: float,
        expires_at: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExtendCreditLeaseResponse:
        """Extend credit lease.

        `PUT /billing/credits/lease/{lease_id}/extend`

        Args:
            lease_id (str)
            additional_amount (float)
            expires_at (datetime.datetime | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ExtendCreditLeaseResponse: the response envelope; `.data` is CreditLeaseResponseData.
        """
        from . import extend_credit_lease as _operation

        return await self._requester.request(
            _operation.build_request(
                lease_id=lease_id,
                additional_amount=additional_amount,
                expires_at=expires_at,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_credit_bundle(
        self,
        *,
        bundle_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCreditBundleResponse:
        """Get credit bundle.

        `GET /billing/credits/bundles/{bundle_id}`

        Args:
            bundle_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCreditBundleResponse: the response envelope; `.data` is BillingCreditBundleResponseData.
        """
        from . import get_credit_bundle as _operation

        return await self._requester.request(
            _operation.build_request(
                bundle_id=bundle_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_single_billing_credit(
        self,
        *,
        credit_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetSingleBillingCreditResponse:
        """Get single billing credit.

        `GET /billing/credits/{credit_id}`

        Args:
            credit_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetSingleBillingCreditResponse: the response envelope; `.data` is BillingCreditResponseData.
        """
        from . import get_single_billing_credit as _operation

        return await self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_single_billing_plan_credit_grant(
        self,
        *,
        plan_grant_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetSingleBillingPlanCreditGrantResponse:
        """Get single billing plan credit grant.

        `GET /billing/credits/plan-grants/{plan_grant_id}`

        Args:
            plan_grant_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetSingleBillingPlanCreditGrantResponse: the response envelope; `.data` is BillingPlanCreditGrantResponseData.
        """
        from . import get_single_billing_plan_credit_grant as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_grant_id=plan_grant_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def grant_billing_credits_to_company(
        self,
        *,
        company_id: str,
        credit_id: str,
        quantity: int,
        reason: BillingCreditGrantReason,
        billing_periods_count: int | None | Unset = UNSET,
        currency: str | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        expiry_unit_count: int | None | Unset = UNSET,
        renewal_enabled: bool | None | Unset = UNSET,
        renewal_period: BillingPlanCreditGrantResetStart | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GrantBillingCreditsToCompanyResponse:
        """Grant billing credits to a company.

        `POST /billing/credits/grants/company`

        Args:
            company_id (str)
            credit_id (str)
            quantity (int)
            reason (BillingCreditGrantReason)
            billing_periods_count (int | None, optional)
            currency (str | None, optional)
            expires_at (datetime.datetime | None, optional)
            expiry_type (BillingCreditExpiryType | None, optional)
            expiry_unit (BillingCreditExpiryUnit | None, optional)
            expiry_unit_count (int | None, optional)
            renewal_enabled (bool | None, optional)
            renewal_period (BillingPlanCreditGrantResetStart | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GrantBillingCreditsToCompanyResponse: the response envelope; `.data` is BillingCreditGrantResponseData.
        """
        from . import grant_billing_credits_to_company as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                credit_id=credit_id,
                quantity=quantity,
                reason=reason,
                billing_periods_count=billing_periods_count,
                currency=currency,
                expires_at=expires_at,
                expiry_type=expiry_type,
                expiry_unit=expiry_unit,
                expiry_unit_count=expiry_unit_count,
                renewal_enabled=renewal_enabled,
                renewal_period=renewal_period,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_billing_credits(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingCreditsResponse:
        """List billing credits.

        `GET /billing/credits`

        Args:
            ids (Sequence[str], optional)
            name (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingCreditsResponse: the response envelope; `.data` is list[BillingCreditResponseData].
        """
        from . import list_billing_credits as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                name=name,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_billing_plan_credit_grants(
        self,
        *,
        credit_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingPlanCreditGrantsResponse:
        """List billing plan credit grants.

        `GET /billing/credits/plan-grants`

        Args:
            credit_id (str, optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingPlanCreditGrantsResponse: the response envelope; `.data` is list[BillingPlanCreditGrantResponseData].
        """
        from . import list_billing_plan_credit_grants as _operation

        return await self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
                ids=ids,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_company_credit_balances(
        self,
        *,
        company_id: str,
        request_options: RequestOptions | None = None,
    ) -> ListCompanyCreditBalancesResponse:
        """List company credit balances.

        `GET /billing/credits/balance`

        Args:
            company_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompanyCreditBalancesResponse: the response envelope; `.data` is list[CompanyCreditBalanceResponseData].
        """
        from . import list_company_credit_balances as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_company_grants(
        self,
        *,
        company_id: str,
        order: CreditGrantSortOrder | Unset = UNSET,
        dir_: SortDirection | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCompanyGrantsResponse:
        """List company grants.

        `GET /billing/credits/grants/company/list`

        Args:
            company_id (str)
            order (CreditGrantSortOrder, optional)
            dir_ (SortDirection, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompanyGrantsResponse: the response envelope; `.data` is list[BillingCreditGrantResponseData].
        """
        from . import list_company_grants as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                order=order,
                dir_=dir_,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_credit_bundles(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        credit_id: str | Unset = UNSET,
        status: BillingCreditBundleStatus | Unset = UNSET,
        bundle_type: BillingCreditBundleType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCreditBundlesResponse:
        """List credit bundles.

        `GET /billing/credits/bundles`

        Args:
            ids (Sequence[str], optional)
            credit_id (str, optional)
            status (BillingCreditBundleStatus, optional)
            bundle_type (BillingCreditBundleType, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCreditBundlesResponse: the response envelope; `.data` is list[BillingCreditBundleResponseData].
        """
        from . import list_credit_bundles as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                credit_id=credit_id,
                status=status,
                bundle_type=bundle_type,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_credit_event_ledger(
        self,
        *,
        billing_credit_id: str | Unset = UNSET,
        company_id: str,
        end_time: str | Unset = UNSET,
        event_type: CreditEventType | Unset = UNSET,
        feature_id: str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCreditEventLedgerResponse:
        """List credit event ledger.

        `GET /v2/billing/credits/ledger`

        Args:
            billing_credit_id (str, optional)
            company_id (str)
            end_time (str, optional)
            event_type (CreditEventType, optional)
            feature_id (str, optional)
            start_time (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCreditEventLedgerResponse: the response envelope; `.data` is list[CreditEventLedgerResponseData].
        """
        from . import list_credit_event_ledger as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_credit_id=billing_credit_id,
                company_id=company_id,
                end_time=end_time,
                event_type=event_type,
                feature_id=feature_id,
                start_time=start_time,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_grants_for_credit(
        self,
        *,
        credit_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListGrantsForCreditResponse:
        """List grants for credit.

        `GET /billing/credits/grants/list`

        Args:
            credit_id (str, optional)
            ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListGrantsForCreditResponse: the response envelope; `.data` is list[BillingCreditGrantResponseData].
        """
        from . import list_grants_for_credit as _operation

        return await self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
                ids=ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def release_credit_lease(
        self,
        *,
        lease_id: str,
        body: Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ReleaseCreditLeaseResponse:
        """Release credit lease.

        `PUT /billing/credits/lease/{lease_id}/release`

        Args:
            lease_id (str)
            body (Mapping[str, Any])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ReleaseCreditLeaseResponse: the response envelope; `.data` is CreditLeaseResponseData.
        """
        from . import release_credit_lease as _operation

        return await self._requester.request(
            _operation.build_request(
                lease_id=lease_id,
                body=body,
            ),
            _operation.parse_response,
            request_options,
        )

    async def soft_delete_billing_credit(
        self,
        *,
        credit_id: str,
        request_options: RequestOptions | None = None,
    ) -> SoftDeleteBillingCreditResponse:
        """Soft delete billing credit.

        `DELETE /billing/credits/{credit_id}`

        Args:
            credit_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            SoftDeleteBillingCreditResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import soft_delete_billing_credit as _operation

        return await self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_billing_credit(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> UpdateBillingCreditResponse:
        """Update billing credit.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateBillingCreditResponse: the response envelope; `.data` is BillingCreditResponseData.
        """
        from . import update_billing_credit as _operation

        return await self._requester.request(
            _operation.build_request(
                credit_id=credit_id,
                description=description,
                name=name,
                burn_strategy=burn_strategy,
                currency_prices=currency_prices,
                default_expiry_unit=default_expiry_unit,
                default_expiry_unit_count=default_expiry_unit_count,
                default_rollover_policy=default_rollover_policy,
                icon=icon,
                per_unit_price=per_unit_price,
                per_unit_price_decimal=per_unit_price_decimal,
                plural_name=plural_name,
                singular_name=singular_name,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_billing_plan_credit_grant(
        self,
        *,
        plan_grant_id: str,
        reset_cadence: BillingPlanCreditGrantResetCadence,
        reset_start: BillingPlanCreditGrantResetStart,
        apply_to_existing: bool | None | Unset = UNSET,
        auto_topup_amount: int | None | Unset = UNSET,
        auto_topup_amount_type: CreditAutoTopupAmountType | None | Unset = UNSET,
        auto_topup_availability: BillingCreditAutoTopupAvailability | None | Unset = UNSET,
        auto_topup_enabled: bool | None | Unset = UNSET,
        auto_topup_expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        auto_topup_expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        auto_topup_expiry_unit_count: int | None | Unset = UNSET,
        auto_topup_self_service: bool | None | Unset = UNSET,
        auto_topup_threshold_credits: int | None | Unset = UNSET,
        auto_topup_threshold_percent: int | None | Unset = UNSET,
        can_buy_bundles: bool | None | Unset = UNSET,
        company_credit_amount: int | None | Unset = UNSET,
        credit_amount: int | None | Unset = UNSET,
        expiry_type: BillingCreditExpiryType | None | Unset = UNSET,
        expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET,
        expiry_unit_count: int | None | Unset = UNSET,
        license_id: str | None | Unset = UNSET,
        reset_type: BillingPlanCreditGrantResetType | None | Unset = UNSET,
        rollover_percentage: int | None | Unset = UNSET,
        scaling: PlanCreditGrantScaling | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateBillingPlanCreditGrantResponse:
        """Update billing plan credit grant.

        `PUT /billing/credits/plan-grants/{plan_grant_id}`

        Args:
            plan_grant_id (str)
            reset_cadence (BillingPlanCreditGrantResetCadence)
            reset_start (BillingPlanCreditGrantResetStart)
            apply_to_existing (bool | None, optional)
            auto_topup_amount (int | None, optional)
            auto_topup_amount_type (CreditAutoTopupAmountType | None, optional)
            auto_topup_availability (BillingCreditAutoTopupAvailability | None, optional)
            auto_topup_enabled (bool | None, optional)
            auto_topup_expiry_type (BillingCreditExpiryType | None, optional)
            auto_topup_expiry_unit (BillingCreditExpiryUnit | None, optional)
            auto_topup_expiry_unit_count (int | None, optional)
            auto_topup_self_service (bool | None, optional)
            auto_topup_threshold_credits (int | None, optional)
            auto_topup_threshold_percent (int | None, optional)
            can_buy_bundles (bool | None, optional)
            company_credit_amount (int | None, optional)
            credit_amount (int | None, optional)
            expiry_type (BillingCreditExpiryType | None, optional)
            expiry_unit (BillingCreditExpiryUnit | None, optional)
            expiry_unit_count (int | None, optional)
            license_id (str | None, optional)
            reset_type (BillingPlanCreditGrantResetType | None, optional)
            rollover_percentage (int | None, optional)
            scaling (PlanCreditGrantScaling | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateBillingPlanCreditGrantResponse: the response envelope; `.data` is BillingPlanCreditGrantResponseData.
        """
        from . import update_billing_plan_credit_grant as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_grant_id=plan_grant_id,
                reset_cadence=reset_cadence,
                reset_start=reset_start,
                apply_to_existing=apply_to_existing,
                auto_topup_amount=auto_topup_amount,
                auto_topup_amount_type=auto_topup_amount_type,
                auto_topup_availability=auto_topup_availability,
                auto_topup_enabled=auto_topup_enabled,
                auto_topup_expiry_type=auto_topup_expiry_type,
                auto_topup_expiry_unit=auto_topup_expiry_unit,
                auto_topup_expiry_unit_count=auto_topup_expiry_unit_count,
                auto_topup_self_service=auto_topup_self_service,
                auto_topup_threshold_credits=auto_topup_threshold_credits,
                auto_topup_threshold_percent=auto_topup_threshold_percent,
                can_buy_bundles=can_buy_bundles,
                company_credit_amount=company_credit_amount,
                credit_amount=credit_amount,
                expiry_type=expiry_type,
                expiry_unit=expiry_unit,
                expiry_unit_count=expiry_unit_count,
                license_id=license_id,
                reset_type=reset_type,
                rollover_percentage=rollover_percentage,
                scaling=scaling,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_credit_bundle_details(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> UpdateCreditBundleDetailsResponse:
        """Update credit bundle details.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCreditBundleDetailsResponse: the response envelope; `.data` is BillingCreditBundleResponseData.
        """
        from . import update_credit_bundle_details as _operation

        return await self._requester.request(
            _operation.build_request(
                bundle_id=bundle_id,
                bundle_name=bundle_name,
                price_per_unit=price_per_unit,
                compatible_plan_ids=compatible_plan_ids,
                currency_prices=currency_prices,
                expiry_type=expiry_type,
                expiry_unit=expiry_unit,
                expiry_unit_count=expiry_unit_count,
                price_per_unit_decimal=price_per_unit_decimal,
                quantity=quantity,
                status=status,
            ),
            _operation.parse_response,
            request_options,
        )

    async def zero_out_grant(
        self,
        *,
        grant_id: str,
        reason: BillingCreditGrantZeroedOutReason | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ZeroOutGrantResponse:
        """Zero out grant.

        `PUT /billing/credits/grants/{grant_id}/zero-out`

        Args:
            grant_id (str)
            reason (BillingCreditGrantZeroedOutReason | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ZeroOutGrantResponse: the response envelope; `.data` is BillingCreditGrantResponseData.
        """
        from . import zero_out_grant as _operation

        return await self._requester.request(
            _operation.build_request(
                grant_id=grant_id,
                reason=reason,
            ),
            _operation.parse_response,
            request_options,
        )
