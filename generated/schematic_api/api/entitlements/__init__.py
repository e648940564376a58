"""The `entitlements` resource: one method per operation, in a sync and an async class.

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
    from ...models.billing_provider_type import BillingProviderType
    from ...models.billing_tiers_mode import BillingTiersMode
    from ...models.count_company_overrides_response import CountCompanyOverridesResponse
    from ...models.count_feature_companies_response import CountFeatureCompaniesResponse
    from ...models.count_feature_usage_response import CountFeatureUsageResponse
    from ...models.count_feature_users_response import CountFeatureUsersResponse
    from ...models.count_plan_entitlements_response import CountPlanEntitlementsResponse
    from ...models.create_company_override_response import CreateCompanyOverrideResponse
    from ...models.create_plan_entitlement_response import CreatePlanEntitlementResponse
    from ...models.create_price_tier_request_body import CreatePriceTierRequestBody
    from ...models.currency_price_request_body import CurrencyPriceRequestBody
    from ...models.delete_company_override_response import DeleteCompanyOverrideResponse
    from ...models.delete_plan_entitlement_response import DeletePlanEntitlementResponse
    from ...models.duplicate_plan_entitlements_response import DuplicatePlanEntitlementsResponse
    from ...models.entitlement_price_behavior import EntitlementPriceBehavior
    from ...models.entitlement_value_type import EntitlementValueType
    from ...models.get_company_override_response import GetCompanyOverrideResponse
    from ...models.get_feature_usage_by_company_response import GetFeatureUsageByCompanyResponse
    from ...models.get_feature_usage_time_series_response import GetFeatureUsageTimeSeriesResponse
    from ...models.get_plan_entitlement_response import GetPlanEntitlementResponse
    from ...models.get_user_usage_by_company_response import GetUserUsageByCompanyResponse
    from ...models.get_user_usage_detail_response import GetUserUsageDetailResponse
    from ...models.list_company_overrides_response import ListCompanyOverridesResponse
    from ...models.list_feature_companies_response import ListFeatureCompaniesResponse
    from ...models.list_feature_usage_history_response import ListFeatureUsageHistoryResponse
    from ...models.list_feature_usage_response import ListFeatureUsageResponse
    from ...models.list_feature_users_response import ListFeatureUsersResponse
    from ...models.list_plan_entitlements_response import ListPlanEntitlementsResponse
    from ...models.metric_period import MetricPeriod
    from ...models.metric_period_month_reset import MetricPeriodMonthReset
    from ...models.time_series_granularity import TimeSeriesGranularity
    from ...models.update_company_override_response import UpdateCompanyOverrideResponse
    from ...models.update_plan_entitlement_response import UpdatePlanEntitlementResponse
    from ...models.upsert_plan_entitlement_for_billing_product_response import (
        UpsertPlanEntitlementForBillingProductResponse,
    )
    from ...models.warning_tier_request_body import WarningTierRequestBody


class EntitlementsResource:
    """Operations tagged `entitlements`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def count_company_overrides(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_ids: Sequence[str] | Unset = UNSET,
        feature_id: str | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        without_expired: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCompanyOverridesResponse:
        """Count company overrides.

        `GET /company-overrides/count`

        Args:
            company_id (str, optional)
            company_ids (Sequence[str], optional)
            feature_id (str, optional)
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            without_expired (bool, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCompanyOverridesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_company_overrides as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_ids=company_ids,
                feature_id=feature_id,
                feature_ids=feature_ids,
                ids=ids,
                without_expired=without_expired,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_feature_companies(
        self,
        *,
        feature_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountFeatureCompaniesResponse:
        """Count feature companies.

        `GET /feature-companies/count`

        Args:
            feature_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountFeatureCompaniesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_feature_companies as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_feature_usage(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_keys: Mapping[str, str] | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        include_usage_aggregation: bool | Unset = UNSET,
        managed_by: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        without_negative_entitlements: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountFeatureUsageResponse:
        """Count feature usage.

        `GET /feature-usage/count`

        Args:
            company_id (str, optional)
            company_keys (Mapping[str, str], optional)
            feature_ids (Sequence[str], optional)
            include_usage_aggregation (bool, optional)
            managed_by (BillingProviderType, optional)
            q (str, optional)
            without_negative_entitlements (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountFeatureUsageResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_feature_usage as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_keys=company_keys,
                feature_ids=feature_ids,
                include_usage_aggregation=include_usage_aggregation,
                managed_by=managed_by,
                q=q,
                without_negative_entitlements=without_negative_entitlements,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_feature_users(
        self,
        *,
        feature_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountFeatureUsersResponse:
        """Count feature users.

        `GET /feature-users/count`

        Args:
            feature_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountFeatureUsersResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_feature_users as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_plan_entitlements(
        self,
        *,
        feature_id: str | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        with_metered_products: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountPlanEntitlementsResponse:
        """Count plan entitlements.

        `GET /plan-entitlements/count`

        Args:
            feature_id (str, optional)
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            q (str, optional)
            with_metered_products (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountPlanEntitlementsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_plan_entitlements as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                feature_ids=feature_ids,
                ids=ids,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                q=q,
                with_metered_products=with_metered_products,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_company_override(
        self,
        *,
        company_id: str,
        feature_id: str,
        value_type: EntitlementValueType,
        credit_consumption_rate: float | None | Unset = UNSET,
        expiration_date: datetime.datetime | None | Unset = UNSET,
        metric_period: MetricPeriod | None | Unset = UNSET,
        metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET,
        note: str | None | Unset = UNSET,
        value_bool: bool | None | Unset = UNSET,
        value_credit_id: str | None | Unset = UNSET,
        value_numeric: int | None | Unset = UNSET,
        value_trait_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCompanyOverrideResponse:
        """Override a feature entitlement for one company.

        `POST /company-overrides`

        Args:
            company_id (str)
            feature_id (str)
            value_type (EntitlementValueType)
            credit_consumption_rate (float | None, optional)
            expiration_date (datetime.datetime | None, optional)
            metric_period (MetricPeriod | None, optional)
            metric_period_month_reset (MetricPeriodMonthReset | None, optional)
            note (str | None, optional)
            value_bool (bool | None, optional)
            value_credit_id (str | None, optional)
            value_numeric (int | None, optional)
            value_trait_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCompanyOverrideResponse: the response envelope; `.data` is CompanyOverrideResponseData.
        """
        from . import create_company_override as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                feature_id=feature_id,
                value_type=value_type,
                credit_consumption_rate=credit_consumption_rate,
                expiration_date=expiration_date,
                metric_period=metric_period,
                metric_period_month_reset=metric_period_month_reset,
                note=note,
                value_bool=value_bool,
                value_credit_id=value_credit_id,
                value_numeric=value_numeric,
                value_trait_id=value_trait_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_plan_entitlement(
        self,
        *,
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
        request_options: RequestOptions | None = None,
    ) -> CreatePlanEntitlementResponse:
        """Add a feature entitlement to a plan.

        `POST /plan-entitlements`

        Args:
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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreatePlanEntitlementResponse: the response envelope; `.data` is PlanEntitlementResponseData.
        """
        from . import create_plan_entitlement as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                plan_id=plan_id,
                value_type=value_type,
                billing_product_id=billing_product_id,
                billing_threshold=billing_threshold,
                credit_consumption_rate=credit_consumption_rate,
                currency=currency,
                currency_prices=currency_prices,
                metric_period=metric_period,
                metric_period_month_reset=metric_period_month_reset,
                monthly_metered_price_id=monthly_metered_price_id,
                monthly_price_tiers=monthly_price_tiers,
                monthly_unit_price=monthly_unit_price,
                monthly_unit_price_decimal=monthly_unit_price_decimal,
                overage_billing_product_id=overage_billing_product_id,
                plan_version_id=plan_version_id,
                price_behavior=price_behavior,
                price_tiers=price_tiers,
                quarterly_metered_price_id=quarterly_metered_price_id,
                quarterly_price_tiers=quarterly_price_tiers,
                quarterly_unit_price=quarterly_unit_price,
                quarterly_unit_price_decimal=quarterly_unit_price_decimal,
                soft_limit=soft_limit,
                tier_mode=tier_mode,
                usage_quantity=usage_quantity,
                value_bool=value_bool,
                value_credit_id=value_credit_id,
                value_numeric=value_numeric,
                value_trait_id=value_trait_id,
                warning_tiers=warning_tiers,
                yearly_metered_price_id=yearly_metered_price_id,
                yearly_price_tiers=yearly_price_tiers,
                yearly_unit_price=yearly_unit_price,
                yearly_unit_price_decimal=yearly_unit_price_decimal,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_company_override(
        self,
        *,
        company_override_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteCompanyOverrideResponse:
        """Delete company override.

        `DELETE /company-overrides/{company_override_id}`

        Args:
            company_override_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCompanyOverrideResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_company_override as _operation

        return self._requester.request(
            _operation.build_request(
                company_override_id=company_override_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_plan_entitlement(
        self,
        *,
        plan_entitlement_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeletePlanEntitlementResponse:
        """Delete a plan entitlement.

        `DELETE /plan-entitlements/{plan_entitlement_id}`

        Args:
            plan_entitlement_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeletePlanEntitlementResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_plan_entitlement as _operation

        return self._requester.request(
            _operation.build_request(
                plan_entitlement_id=plan_entitlement_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def duplicate_plan_entitlements(
        self,
        *,
        source_plan_id: str,
        target_plan_id: str,
        request_options: RequestOptions | None = None,
    ) -> DuplicatePlanEntitlementsResponse:
        """Duplicate plan entitlements.

        `POST /plan-entitlements/duplicate`

        Args:
            source_plan_id (str)
            target_plan_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DuplicatePlanEntitlementsResponse: the response envelope; `.data` is DuplicatePlanEntitlementsResponseResponseData.
        """
        from . import duplicate_plan_entitlements as _operation

        return self._requester.request(
            _operation.build_request(
                source_plan_id=source_plan_id,
                target_plan_id=target_plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_company_override(
        self,
        *,
        company_override_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCompanyOverrideResponse:
        """Get company override.

        `GET /company-overrides/{company_override_id}`

        Args:
            company_override_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCompanyOverrideResponse: the response envelope; `.data` is CompanyOverrideResponseData.
        """
        from . import get_company_override as _operation

        return self._requester.request(
            _operation.build_request(
                company_override_id=company_override_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_feature_usage_by_company(
        self,
        *,
        keys: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> GetFeatureUsageByCompanyResponse:
        """Get a company's feature usage.

        `GET /usage-by-company`

        Args:
            keys (Mapping[str, str])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetFeatureUsageByCompanyResponse: the response envelope; `.data` is FeatureUsageDetailResponseData.
        """
        from . import get_feature_usage_by_company as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_feature_usage_time_series(
        self,
        *,
        company_id: str,
        end_time: datetime.datetime,
        feature_id: str,
        granularity: TimeSeriesGranularity | Unset = UNSET,
        start_time: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> GetFeatureUsageTimeSeriesResponse:
        """Get feature usage time series.

        `GET /feature-usage-timeseries`

        Args:
            company_id (str)
            end_time (datetime.datetime)
            feature_id (str)
            granularity (TimeSeriesGranularity, optional)
            start_time (datetime.datetime)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetFeatureUsageTimeSeriesResponse: the response envelope; `.data` is FeatureUsageTimeSeriesResponseData.
        """
        from . import get_feature_usage_time_series as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                end_time=end_time,
                feature_id=feature_id,
                granularity=granularity,
                start_time=start_time,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_plan_entitlement(
        self,
        *,
        plan_entitlement_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetPlanEntitlementResponse:
        """Get a plan entitlement by id.

        `GET /plan-entitlements/{plan_entitlement_id}`

        Args:
            plan_entitlement_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanEntitlementResponse: the response envelope; `.data` is PlanEntitlementResponseData.
        """
        from . import get_plan_entitlement as _operation

        return self._requester.request(
            _operation.build_request(
                plan_entitlement_id=plan_entitlement_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_user_usage_by_company(
        self,
        *,
        company_id: str,
        end_time: datetime.datetime | Unset = UNSET,
        feature_id: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetUserUsageByCompanyResponse:
        """Get user usage by company.

        `GET /user-usage-by-company`

        Args:
            company_id (str)
            end_time (datetime.datetime, optional)
            feature_id (str, optional)
            start_time (datetime.datetime, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetUserUsageByCompanyResponse: the response envelope; `.data` is UserUsageByCompanyResponseData.
        """
        from . import get_user_usage_by_company as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                end_time=end_time,
                feature_id=feature_id,
                start_time=start_time,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_user_usage_detail(
        self,
        *,
        company_id: str,
        end_time: datetime.datetime | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        user_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetUserUsageDetailResponse:
        """Get user usage detail.

        `GET /user-usage-detail`

        Args:
            company_id (str)
            end_time (datetime.datetime, optional)
            start_time (datetime.datetime, optional)
            user_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetUserUsageDetailResponse: the response envelope; `.data` is UserUsageDetailResponseData.
        """
        from . import get_user_usage_detail as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                end_time=end_time,
                start_time=start_time,
                user_id=user_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_company_overrides(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_ids: Sequence[str] | Unset = UNSET,
        feature_id: str | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        without_expired: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCompanyOverridesResponse:
        """List company overrides.

        `GET /company-overrides`

        Args:
            company_id (str, optional)
            company_ids (Sequence[str], optional)
            feature_id (str, optional)
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            without_expired (bool, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompanyOverridesResponse: the response envelope; `.data` is list[CompanyOverrideResponseData].
        """
        from . import list_company_overrides as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_ids=company_ids,
                feature_id=feature_id,
                feature_ids=feature_ids,
                ids=ids,
                without_expired=without_expired,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_feature_companies(
        self,
        *,
        feature_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFeatureCompaniesResponse:
        """List feature companies.

        `GET /feature-companies`

        Args:
            feature_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFeatureCompaniesResponse: the response envelope; `.data` is list[FeatureCompanyResponseData].
        """
        from . import list_feature_companies as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_feature_usage(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_keys: Mapping[str, str] | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        include_usage_aggregation: bool | Unset = UNSET,
        managed_by: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        without_negative_entitlements: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFeatureUsageResponse:
        """List feature usage.

        `GET /feature-usage`

        Args:
            company_id (str, optional)
            company_keys (Mapping[str, str], optional)
            feature_ids (Sequence[str], optional)
            include_usage_aggregation (bool, optional)
            managed_by (BillingProviderType, optional)
            q (str, optional)
            without_negative_entitlements (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFeatureUsageResponse: the response envelope; `.data` is list[FeatureUsageResponseData].
        """
        from . import list_feature_usage as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_keys=company_keys,
                feature_ids=feature_ids,
                include_usage_aggregation=include_usage_aggregation,
                managed_by=managed_by,
                q=q,
                without_negative_entitlements=without_negative_entitlements,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_feature_usage_history(
        self,
        *,
        company_ids: Sequence[str] | Unset = UNSET,
        end_time: datetime.datetime,
        feature_ids: Sequence[str] | Unset = UNSET,
        granularity: TimeSeriesGranularity | Unset = UNSET,
        start_time: datetime.datetime,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFeatureUsageHistoryResponse:
        """List feature usage history.

        `GET /feature-usage-history`

        Args:
            company_ids (Sequence[str], optional)
            end_time (datetime.datetime)
            feature_ids (Sequence[str], optional)
            granularity (TimeSeriesGranularity, optional)
            start_time (datetime.datetime)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFeatureUsageHistoryResponse: the response envelope; `.data` is list[FeatureUsageHistoryResponseData].
        """
        from . import list_feature_usage_history as _operation

        return self._requester.request(
            _operation.build_request(
                company_ids=company_ids,
                end_time=end_time,
                feature_ids=feature_ids,
                granularity=granularity,
                start_time=start_time,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_feature_users(
        self,
        *,
        feature_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFeatureUsersResponse:
        """List feature users.

        `GET /feature-users`

        Args:
            feature_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFeatureUsersResponse: the response envelope; `.data` is list[FeatureCompanyUserResponseData].
        """
        from . import list_feature_users as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_plan_entitlements(
        self,
        *,
        feature_id: str | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        with_metered_products: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPlanEntitlementsResponse:
        """List plan entitlements.

        `GET /plan-entitlements`

        Args:
            feature_id (str, optional)
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            q (str, optional)
            with_metered_products (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPlanEntitlementsResponse: the response envelope; `.data` is list[PlanEntitlementResponseData].
        """
        from . import list_plan_entitlements as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                feature_ids=feature_ids,
                ids=ids,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                q=q,
                with_metered_products=with_metered_products,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_company_override(
        self,
        *,
        company_override_id: str,
        value_type: EntitlementValueType,
        credit_consumption_rate: float | None | Unset = UNSET,
        expiration_date: datetime.datetime | None | Unset = UNSET,
        metric_period: MetricPeriod | None | Unset = UNSET,
        metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET,
        note: str | None | Unset = UNSET,
        value_bool: bool | None | Unset = UNSET,
        value_credit_id: str | None | Unset = UNSET,
        value_numeric: int | None | Unset = UNSET,
        value_trait_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateCompanyOverrideResponse:
        """Update company override.

        `PUT /company-overrides/{company_override_id}`

        Args:
            company_override_id (str)
            value_type (EntitlementValueType)
            credit_consumption_rate (float | None, optional)
            expiration_date (datetime.datetime | None, optional)
            metric_period (MetricPeriod | None, optional)
            metric_period_month_reset (MetricPeriodMonthReset | None, optional)
            note (str | None, optional)
            value_bool (bool | None, optional)
            value_credit_id (str | None, optional)
            value_numeric (int | None, optional)
            value_trait_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCompanyOverrideResponse: the response envelope; `.data` is CompanyOverrideResponseData.
        """
        from . import update_company_override as _operation

        return self._requester.request(
            _operation.build_request(
                company_override_id=company_override_id,
                value_type=value_type,
                credit_consumption_rate=credit_consumption_rate,
                expiration_date=expiration_date,
                metric_period=metric_period,
                metric_period_month_reset=metric_period_month_reset,
                note=note,
                value_bool=value_bool,
                value_credit_id=value_credit_id,
                value_numeric=value_numeric,
                value_trait_id=value_trait_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_plan_entitlement(
        self,
        *,
        plan_entitlement_id: str,
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
        request_options: RequestOptions | None = None,
    ) -> UpdatePlanEntitlementResponse:
        """Update a plan entitlement.

        `PUT /plan-entitlements/{plan_entitlement_id}`

        Args:
            plan_entitlement_id (str)
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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdatePlanEntitlementResponse: the response envelope; `.data` is PlanEntitlementResponseData.
        """
        from . import update_plan_entitlement as _operation

        return self._requester.request(
            _operation.build_request(
                plan_entitlement_id=plan_entitlement_id,
                value_type=value_type,
                billing_product_id=billing_product_id,
                billing_threshold=billing_threshold,
                credit_consumption_rate=credit_consumption_rate,
                currency=currency,
                currency_prices=currency_prices,
                metric_period=metric_period,
                metric_period_month_reset=metric_period_month_reset,
                monthly_metered_price_id=monthly_metered_price_id,
                monthly_price_tiers=monthly_price_tiers,
                monthly_unit_price=monthly_unit_price,
                monthly_unit_price_decimal=monthly_unit_price_decimal,
                overage_billing_product_id=overage_billing_product_id,
                price_behavior=price_behavior,
                price_tiers=price_tiers,
                quarterly_metered_price_id=quarterly_metered_price_id,
                quarterly_price_tiers=quarterly_price_tiers,
                quarterly_unit_price=quarterly_unit_price,
                quarterly_unit_price_decimal=quarterly_unit_price_decimal,
                soft_limit=soft_limit,
                tier_mode=tier_mode,
                usage_quantity=usage_quantity,
                value_bool=value_bool,
                value_credit_id=value_credit_id,
                value_numeric=value_numeric,
                value_trait_id=value_trait_id,
                warning_tiers=warning_tiers,
                yearly_metered_price_id=yearly_metered_price_id,
                yearly_price_tiers=yearly_price_tiers,
                yearly_unit_price=yearly_unit_price,
                yearly_unit_price_decimal=yearly_unit_price_decimal,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_plan_entitlement_for_billing_product(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> UpsertPlanEntitlementForBillingProductResponse:
        """Upsert plan entitlement for billing product.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertPlanEntitlementForBillingProductResponse: the response envelope; `.data` is PlanEntitlementResponseData.
        """
        from . import upsert_plan_entitlement_for_billing_product as _operation

        return self._requester.request(
            _operation.build_request(
                billing_provider=billing_provider,
                external_resource_id=external_resource_id,
                feature_id=feature_id,
                plan_id=plan_id,
                value_type=value_type,
                billing_product_id=billing_product_id,
                billing_threshold=billing_threshold,
                credit_consumption_rate=credit_consumption_rate,
                currency=currency,
                currency_prices=currency_prices,
                metric_period=metric_period,
                metric_period_month_reset=metric_period_month_reset,
                monthly_metered_price_id=monthly_metered_price_id,
                monthly_price_tiers=monthly_price_tiers,
                monthly_unit_price=monthly_unit_price,
                monthly_unit_price_decimal=monthly_unit_price_decimal,
                overage_billing_product_id=overage_billing_product_id,
                plan_version_id=plan_version_id,
                price_behavior=price_behavior,
                price_tiers=price_tiers,
                quarterly_metered_price_id=quarterly_metered_price_id,
                quarterly_price_tiers=quarterly_price_tiers,
                quarterly_unit_price=quarterly_unit_price,
                quarterly_unit_price_decimal=quarterly_unit_price_decimal,
                soft_limit=soft_limit,
                tier_mode=tier_mode,
                usage_quantity=usage_quantity,
                value_bool=value_bool,
                value_credit_id=value_credit_id,
                value_numeric=value_numeric,
                value_trait_id=value_trait_id,
                warning_tiers=warning_tiers,
                yearly_metered_price_id=yearly_metered_price_id,
                yearly_price_tiers=yearly_price_tiers,
                yearly_unit_price=yearly_unit_price,
                yearly_unit_price_decimal=yearly_unit_price_decimal,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncEntitlementsResource:
    """Operations tagged `entitlements` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def count_company_overrides(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_ids: Sequence[str] | Unset = UNSET,
        feature_id: str | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        without_expired: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCompanyOverridesResponse:
        """Count company overrides.

        `GET /company-overrides/count`

        Args:
            company_id (str, optional)
            company_ids (Sequence[str], optional)
            feature_id (str, optional)
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            without_expired (bool, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCompanyOverridesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_company_overrides as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_ids=company_ids,
                feature_id=feature_id,
                feature_ids=feature_ids,
                ids=ids,
                without_expired=without_expired,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_feature_companies(
        self,
        *,
        feature_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountFeatureCompaniesResponse:
        """Count feature companies.

        `GET /feature-companies/count`

        Args:
            feature_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountFeatureCompaniesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_feature_companies as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_feature_usage(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_keys: Mapping[str, str] | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        include_usage_aggregation: bool | Unset = UNSET,
        managed_by: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        without_negative_entitlements: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountFeatureUsageResponse:
        """Count feature usage.

        `GET /feature-usage/count`

        Args:
            company_id (str, optional)
            company_keys (Mapping[str, str], optional)
            feature_ids (Sequence[str], optional)
            include_usage_aggregation (bool, optional)
            managed_by (BillingProviderType, optional)
            q (str, optional)
            without_negative_entitlements (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountFeatureUsageResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_feature_usage as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_keys=company_keys,
                feature_ids=feature_ids,
                include_usage_aggregation=include_usage_aggregation,
                managed_by=managed_by,
                q=q,
                without_negative_entitlements=without_negative_entitlements,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_feature_users(
        self,
        *,
        feature_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountFeatureUsersResponse:
        """Count feature users.

        `GET /feature-users/count`

        Args:
            feature_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountFeatureUsersResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_feature_users as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_plan_entitlements(
        self,
        *,
        feature_id: str | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        with_metered_products: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountPlanEntitlementsResponse:
        """Count plan entitlements.

        `GET /plan-entitlements/count`

        Args:
            feature_id (str, optional)
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            q (str, optional)
            with_metered_products (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountPlanEntitlementsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_plan_entitlements as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                feature_ids=feature_ids,
                ids=ids,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                q=q,
                with_metered_products=with_metered_products,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_company_override(
        self,
        *,
        company_id: str,
        feature_id: str,
        value_type: EntitlementValueType,
        credit_consumption_rate: float | None | Unset = UNSET,
        expiration_date: datetime.datetime | None | Unset = UNSET,
        metric_period: MetricPeriod | None | Unset = UNSET,
        metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET,
        note: str | None | Unset = UNSET,
        value_bool: bool | None | Unset = UNSET,
        value_credit_id: str | None | Unset = UNSET,
        value_numeric: int | None | Unset = UNSET,
        value_trait_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCompanyOverrideResponse:
        """Override a feature entitlement for one company.

        `POST /company-overrides`

        Args:
            company_id (str)
            feature_id (str)
            value_type (EntitlementValueType)
            credit_consumption_rate (float | None, optional)
            expiration_date (datetime.datetime | None, optional)
            metric_period (MetricPeriod | None, optional)
            metric_period_month_reset (MetricPeriodMonthReset | None, optional)
            note (str | None, optional)
            value_bool (bool | None, optional)
            value_credit_id (str | None, optional)
            value_numeric (int | None, optional)
            value_trait_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCompanyOverrideResponse: the response envelope; `.data` is CompanyOverrideResponseData.
        """
        from . import create_company_override as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                feature_id=feature_id,
                value_type=value_type,
                credit_consumption_rate=credit_consumption_rate,
                expiration_date=expiration_date,
                metric_period=metric_period,
                metric_period_month_reset=metric_period_month_reset,
                note=note,
                value_bool=value_bool,
                value_credit_id=value_credit_id,
                value_numeric=value_numeric,
                value_trait_id=value_trait_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_plan_entitlement(
        self,
        *,
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
        request_options: RequestOptions | None = None,
    ) -> CreatePlanEntitlementResponse:
        """Add a feature entitlement to a plan.

        `POST /plan-entitlements`

        Args:
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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreatePlanEntitlementResponse: the response envelope; `.data` is PlanEntitlementResponseData.
        """
        from . import create_plan_entitlement as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                plan_id=plan_id,
                value_type=value_type,
                billing_product_id=billing_product_id,
                billing_threshold=billing_threshold,
                credit_consumption_rate=credit_consumption_rate,
                currency=currency,
                currency_prices=currency_prices,
                metric_period=metric_period,
                metric_period_month_reset=metric_period_month_reset,
                monthly_metered_price_id=monthly_metered_price_id,
                monthly_price_tiers=monthly_price_tiers,
                monthly_unit_price=monthly_unit_price,
                monthly_unit_price_decimal=monthly_unit_price_decimal,
                overage_billing_product_id=overage_billing_product_id,
                plan_version_id=plan_version_id,
                price_behavior=price_behavior,
                price_tiers=price_tiers,
                quarterly_metered_price_id=quarterly_metered_price_id,
                quarterly_price_tiers=quarterly_price_tiers,
                quarterly_unit_price=quarterly_unit_price,
                quarterly_unit_price_decimal=quarterly_unit_price_decimal,
                soft_limit=soft_limit,
                tier_mode=tier_mode,
                usage_quantity=usage_quantity,
                value_bool=value_bool,
                value_credit_id=value_credit_id,
                value_numeric=value_numeric,
                value_trait_id=value_trait_id,
                warning_tiers=warning_tiers,
                yearly_metered_price_id=yearly_metered_price_id,
                yearly_price_tiers=yearly_price_tiers,
                yearly_unit_price=yearly_unit_price,
                yearly_unit_price_decimal=yearly_unit_price_decimal,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_company_override(
        self,
        *,
        company_override_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteCompanyOverrideResponse:
        """Delete company override.

        `DELETE /company-overrides/{company_override_id}`

        Args:
            company_override_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCompanyOverrideResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_company_override as _operation

        return await self._requester.request(
            _operation.build_request(
                company_override_id=company_override_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_plan_entitlement(
        self,
        *,
        plan_entitlement_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeletePlanEntitlementResponse:
        """Delete a plan entitlement.

        `DELETE /plan-entitlements/{plan_entitlement_id}`

        Args:
            plan_entitlement_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeletePlanEntitlementResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_plan_entitlement as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_entitlement_id=plan_entitlement_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def duplicate_plan_entitlements(
        self,
        *,
        source_plan_id: str,
        target_plan_id: str,
        request_options: RequestOptions | None = None,
    ) -> DuplicatePlanEntitlementsResponse:
        """Duplicate plan entitlements.

        `POST /plan-entitlements/duplicate`

        Args:
            source_plan_id (str)
            target_plan_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DuplicatePlanEntitlementsResponse: the response envelope; `.data` is DuplicatePlanEntitlementsResponseResponseData.
        """
        from . import duplicate_plan_entitlements as _operation

        return await self._requester.request(
            _operation.build_request(
                source_plan_id=source_plan_id,
                target_plan_id=target_plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_company_override(
        self,
        *,
        company_override_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCompanyOverrideResponse:
        """Get company override.

        `GET /company-overrides/{company_override_id}`

        Args:
            company_override_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCompanyOverrideResponse: the response envelope; `.data` is CompanyOverrideResponseData.
        """
        from . import get_company_override as _operation

        return await self._requester.request(
            _operation.build_request(
                company_override_id=company_override_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_feature_usage_by_company(
        self,
        *,
        keys: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> GetFeatureUsageByCompanyResponse:
        """Get a company's feature usage.

        `GET /usage-by-company`

        Args:
            keys (Mapping[str, str])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetFeatureUsageByCompanyResponse: the response envelope; `.data` is FeatureUsageDetailResponseData.
        """
        from . import get_feature_usage_by_company as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_feature_usage_time_series(
        self,
        *,
        company_id: str,
        end_time: datetime.datetime,
        feature_id: str,
        granularity: TimeSeriesGranularity | Unset = UNSET,
        start_time: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> GetFeatureUsageTimeSeriesResponse:
        """Get feature usage time series.

        `GET /feature-usage-timeseries`

        Args:
            company_id (str)
            end_time (datetime.datetime)
            feature_id (str)
            granularity (TimeSeriesGranularity, optional)
            start_time (datetime.datetime)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetFeatureUsageTimeSeriesResponse: the response envelope; `.data` is FeatureUsageTimeSeriesResponseData.
        """
        from . import get_feature_usage_time_series as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                end_time=end_time,
                feature_id=feature_id,
                granularity=granularity,
                start_time=start_time,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_plan_entitlement(
        self,
        *,
        plan_entitlement_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetPlanEntitlementResponse:
        """Get a plan entitlement by id.

        `GET /plan-entitlements/{plan_entitlement_id}`

        Args:
            plan_entitlement_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanEntitlementResponse: the response envelope; `.data` is PlanEntitlementResponseData.
        """
        from . import get_plan_entitlement as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_entitlement_id=plan_entitlement_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_user_usage_by_company(
        self,
        *,
        company_id: str,
        end_time: datetime.datetime | Unset = UNSET,
        feature_id: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetUserUsageByCompanyResponse:
        """Get user usage by company.

        `GET /user-usage-by-company`

        Args:
            company_id (str)
            end_time (datetime.datetime, optional)
            feature_id (str, optional)
            start_time (datetime.datetime, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetUserUsageByCompanyResponse: the response envelope; `.data` is UserUsageByCompanyResponseData.
        """
        from . import get_user_usage_by_company as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                end_time=end_time,
                feature_id=feature_id,
                start_time=start_time,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_user_usage_detail(
        self,
        *,
        company_id: str,
        end_time: datetime.datetime | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        user_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetUserUsageDetailResponse:
        """Get user usage detail.

        `GET /user-usage-detail`

        Args:
            company_id (str)
            end_time (datetime.datetime, optional)
            start_time (datetime.datetime, optional)
            user_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetUserUsageDetailResponse: the response envelope; `.data` is UserUsageDetailResponseData.
        """
        from . import get_user_usage_detail as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                end_time=end_time,
                start_time=start_time,
                user_id=user_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_company_overrides(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_ids: Sequence[str] | Unset = UNSET,
        feature_id: str | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        without_expired: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCompanyOverridesResponse:
        """List company overrides.

        `GET /company-overrides`

        Args:
            company_id (str, optional)
            company_ids (Sequence[str], optional)
            feature_id (str, optional)
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            without_expired (bool, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompanyOverridesResponse: the response envelope; `.data` is list[CompanyOverrideResponseData].
        """
        from . import list_company_overrides as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_ids=company_ids,
                feature_id=feature_id,
                feature_ids=feature_ids,
                ids=ids,
                without_expired=without_expired,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_feature_companies(
        self,
        *,
        feature_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFeatureCompaniesResponse:
        """List feature companies.

        `GET /feature-companies`

        Args:
            feature_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFeatureCompaniesResponse: the response envelope; `.data` is list[FeatureCompanyResponseData].
        """
        from . import list_feature_companies as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_feature_usage(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_keys: Mapping[str, str] | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        include_usage_aggregation: bool | Unset = UNSET,
        managed_by: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        without_negative_entitlements: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFeatureUsageResponse:
        """List feature usage.

        `GET /feature-usage`

        Args:
            company_id (str, optional)
            company_keys (Mapping[str, str], optional)
            feature_ids (Sequence[str], optional)
            include_usage_aggregation (bool, optional)
            managed_by (BillingProviderType, optional)
            q (str, optional)
            without_negative_entitlements (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFeatureUsageResponse: the response envelope; `.data` is list[FeatureUsageResponseData].
        """
        from . import list_feature_usage as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_keys=company_keys,
                feature_ids=feature_ids,
                include_usage_aggregation=include_usage_aggregation,
                managed_by=managed_by,
                q=q,
                without_negative_entitlements=without_negative_entitlements,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_feature_usage_history(
        self,
        *,
        company_ids: Sequence[str] | Unset = UNSET,
        end_time: datetime.datetime,
        feature_ids: Sequence[str] | Unset = UNSET,
        granularity: TimeSeriesGranularity | Unset = UNSET,
        start_time: datetime.datetime,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFeatureUsageHistoryResponse:
        """List feature usage history.

        `GET /feature-usage-history`

        Args:
            company_ids (Sequence[str], optional)
            end_time (datetime.datetime)
            feature_ids (Sequence[str], optional)
            granularity (TimeSeriesGranularity, optional)
            start_time (datetime.datetime)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFeatureUsageHistoryResponse: the response envelope; `.data` is list[FeatureUsageHistoryResponseData].
        """
        from . import list_feature_usage_history as _operation

        return await self._requester.request(
            _operation.build_request(
                company_ids=company_ids,
                end_time=end_time,
                feature_ids=feature_ids,
                granularity=granularity,
                start_time=start_time,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_feature_users(
        self,
        *,
        feature_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFeatureUsersResponse:
        """List feature users.

        `GET /feature-users`

        Args:
            feature_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFeatureUsersResponse: the response envelope; `.data` is list[FeatureCompanyUserResponseData].
        """
        from . import list_feature_users as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_plan_entitlements(
        self,
        *,
        feature_id: str | Unset = UNSET,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        with_metered_products: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPlanEntitlementsResponse:
        """List plan entitlements.

        `GET /plan-entitlements`

        Args:
            feature_id (str, optional)
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            q (str, optional)
            with_metered_products (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPlanEntitlementsResponse: the response envelope; `.data` is list[PlanEntitlementResponseData].
        """
        from . import list_plan_entitlements as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                feature_ids=feature_ids,
                ids=ids,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                q=q,
                with_metered_products=with_metered_products,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_company_override(
        self,
        *,
        company_override_id: str,
        value_type: EntitlementValueType,
        credit_consumption_rate: float | None | Unset = UNSET,
        expiration_date: datetime.datetime | None | Unset = UNSET,
        metric_period: MetricPeriod | None | Unset = UNSET,
        metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET,
        note: str | None | Unset = UNSET,
        value_bool: bool | None | Unset = UNSET,
        value_credit_id: str | None | Unset = UNSET,
        value_numeric: int | None | Unset = UNSET,
        value_trait_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateCompanyOverrideResponse:
        """Update company override.

        `PUT /company-overrides/{company_override_id}`

        Args:
            company_override_id (str)
            value_type (EntitlementValueType)
            credit_consumption_rate (float | None, optional)
            expiration_date (datetime.datetime | None, optional)
            metric_period (MetricPeriod | None, optional)
            metric_period_month_reset (MetricPeriodMonthReset | None, optional)
            note (str | None, optional)
            value_bool (bool | None, optional)
            value_credit_id (str | None, optional)
            value_numeric (int | None, optional)
            value_trait_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCompanyOverrideResponse: the response envelope; `.data` is CompanyOverrideResponseData.
        """
        from . import update_company_override as _operation

        return await self._requester.request(
            _operation.build_request(
                company_override_id=company_override_id,
                value_type=value_type,
                credit_consumption_rate=credit_consumption_rate,
                expiration_date=expiration_date,
                metric_period=metric_period,
                metric_period_month_reset=metric_period_month_reset,
                note=note,
                value_bool=value_bool,
                value_credit_id=value_credit_id,
                value_numeric=value_numeric,
                value_trait_id=value_trait_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_plan_entitlement(
        self,
        *,
        plan_entitlement_id: str,
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
        request_options: RequestOptions | None = None,
    ) -> UpdatePlanEntitlementResponse:
        """Update a plan entitlement.

        `PUT /plan-entitlements/{plan_entitlement_id}`

        Args:
            plan_entitlement_id (str)
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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdatePlanEntitlementResponse: the response envelope; `.data` is PlanEntitlementResponseData.
        """
        from . import update_plan_entitlement as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_entitlement_id=plan_entitlement_id,
                value_type=value_type,
                billing_product_id=billing_product_id,
                billing_threshold=billing_threshold,
                credit_consumption_rate=credit_consumption_rate,
                currency=currency,
                currency_prices=currency_prices,
                metric_period=metric_period,
                metric_period_month_reset=metric_period_month_reset,
                monthly_metered_price_id=monthly_metered_price_id,
                monthly_price_tiers=monthly_price_tiers,
                monthly_unit_price=monthly_unit_price,
                monthly_unit_price_decimal=monthly_unit_price_decimal,
                overage_billing_product_id=overage_billing_product_id,
                price_behavior=price_behavior,
                price_tiers=price_tiers,
                quarterly_metered_price_id=quarterly_metered_price_id,
                quarterly_price_tiers=quarterly_price_tiers,
                quarterly_unit_price=quarterly_unit_price,
                quarterly_unit_price_decimal=quarterly_unit_price_decimal,
                soft_limit=soft_limit,
                tier_mode=tier_mode,
                usage_quantity=usage_quantity,
                value_bool=value_bool,
                value_credit_id=value_credit_id,
                value_numeric=value_numeric,
                value_trait_id=value_trait_id,
                warning_tiers=warning_tiers,
                yearly_metered_price_id=yearly_metered_price_id,
                yearly_price_tiers=yearly_price_tiers,
                yearly_unit_price=yearly_unit_price,
                yearly_unit_price_decimal=yearly_unit_price_decimal,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_plan_entitlement_for_billing_product(
        self,
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
        request_options: RequestOptions | None = None,
    ) -> UpsertPlanEntitlementForBillingProductResponse:
        """Upsert plan entitlement for billing product.

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
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertPlanEntitlementForBillingProductResponse: the response envelope; `.data` is PlanEntitlementResponseData.
        """
        from . import upsert_plan_entitlement_for_billing_product as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_provider=billing_provider,
                external_resource_id=external_resource_id,
                feature_id=feature_id,
                plan_id=plan_id,
                value_type=value_type,
                billing_product_id=billing_product_id,
                billing_threshold=billing_threshold,
                credit_consumption_rate=credit_consumption_rate,
                currency=currency,
                currency_prices=currency_prices,
                metric_period=metric_period,
                metric_period_month_reset=metric_period_month_reset,
                monthly_metered_price_id=monthly_metered_price_id,
                monthly_price_tiers=monthly_price_tiers,
                monthly_unit_price=monthly_unit_price,
                monthly_unit_price_decimal=monthly_unit_price_decimal,
                overage_billing_product_id=overage_billing_product_id,
                plan_version_id=plan_version_id,
                price_behavior=price_behavior,
                price_tiers=price_tiers,
                quarterly_metered_price_id=quarterly_metered_price_id,
                quarterly_price_tiers=quarterly_price_tiers,
                quarterly_unit_price=quarterly_unit_price,
                quarterly_unit_price_decimal=quarterly_unit_price_decimal,
                soft_limit=soft_limit,
                tier_mode=tier_mode,
                usage_quantity=usage_quantity,
                value_bool=value_bool,
                value_credit_id=value_credit_id,
                value_numeric=value_numeric,
                value_trait_id=value_trait_id,
                warning_tiers=warning_tiers,
                yearly_metered_price_id=yearly_metered_price_id,
                yearly_price_tiers=yearly_price_tiers,
                yearly_unit_price=yearly_unit_price,
                yearly_unit_price_decimal=yearly_unit_price_decimal,
            ),
            _operation.parse_response,
            request_options,
        )
