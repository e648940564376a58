"""The `insights` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.get_activity_response import GetActivityResponse
    from ...models.get_environment_feature_usage_time_series_response import (
        GetEnvironmentFeatureUsageTimeSeriesResponse,
    )
    from ...models.get_environment_trait_usage_time_series_response import GetEnvironmentTraitUsageTimeSeriesResponse
    from ...models.get_plan_growth_response import GetPlanGrowthResponse
    from ...models.get_summary_response import GetSummaryResponse
    from ...models.get_top_features_by_usage_response import GetTopFeaturesByUsageResponse
    from ...models.time_series_granularity import TimeSeriesGranularity


class InsightsResource:
    """Operations tagged `insights`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def get_activity(
        self,
        *,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetActivityResponse:
        """Get activity.

        `GET /insights/activity`

        Args:
            limit (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetActivityResponse: the response envelope; `.data` is ActivityResponseResponseData.
        """
        from . import get_activity as _operation

        return self._requester.request(
            _operation.build_request(
                limit=limit,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_environment_feature_usage_time_series(
        self,
        *,
        end_time: datetime.datetime,
        feature_id: str,
        granularity: TimeSeriesGranularity | Unset = UNSET,
        start_time: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> GetEnvironmentFeatureUsageTimeSeriesResponse:
        """Get environment feature usage time series.

        `GET /insights/feature-usage-timeseries`

        Args:
            end_time (datetime.datetime)
            feature_id (str)
            granularity (TimeSeriesGranularity, optional)
            start_time (datetime.datetime)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEnvironmentFeatureUsageTimeSeriesResponse: the response envelope; `.data` is EnvironmentFeatureUsageTimeSeriesResponseData.
        """
        from . import get_environment_feature_usage_time_series as _operation

        return self._requester.request(
            _operation.build_request(
                end_time=end_time,
                feature_id=feature_id,
                granularity=granularity,
                start_time=start_time,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_environment_trait_usage_time_series(
        self,
        *,
        end_time: datetime.datetime,
        feature_id: str,
        granularity: TimeSeriesGranularity | Unset = UNSET,
        start_time: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> GetEnvironmentTraitUsageTimeSeriesResponse:
        """Get environment trait usage time series.

        `GET /insights/trait-usage-timeseries`

        Args:
            end_time (datetime.datetime)
            feature_id (str)
            granularity (TimeSeriesGranularity, optional)
            start_time (datetime.datetime)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEnvironmentTraitUsageTimeSeriesResponse: the response envelope; `.data` is EnvironmentTraitUsageTimeSeriesResponseData.
        """
        from . import get_environment_trait_usage_time_series as _operation

        return self._requester.request(
            _operation.build_request(
                end_time=end_time,
                feature_id=feature_id,
                granularity=granularity,
                start_time=start_time,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_plan_growth(
        self,
        *,
        months: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetPlanGrowthResponse:
        """Get plan growth.

        `GET /insights/plan-growth`

        Args:
            months (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanGrowthResponse: the response envelope; `.data` is PlanGrowthResponseData.
        """
        from . import get_plan_growth as _operation

        return self._requester.request(
            _operation.build_request(
                months=months,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_summary(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetSummaryResponse:
        """Get summary.

        `GET /insights/summary`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetSummaryResponse: the response envelope; `.data` is InsightsSummaryResponseData.
        """
        from . import get_summary as _operation

        return self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    def get_top_features_by_usage(
        self,
        *,
        end_time: datetime.datetime,
        limit: int | Unset = UNSET,
        start_time: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> GetTopFeaturesByUsageResponse:
        """Get top features by usage.

        `GET /insights/top-features`

        Args:
            end_time (datetime.datetime)
            limit (int, optional)
            start_time (datetime.datetime)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetTopFeaturesByUsageResponse: the response envelope; `.data` is TopFeaturesByUsageResponseData.
        """
        from . import get_top_features_by_usage as _operation

        return self._requester.request(
            _operation.build_request(
                end_time=end_time,
                limit=limit,
                start_time=start_time,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncInsightsResource:
    """Operations tagged `insights` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get_activity(
        self,
        *,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetActivityResponse:
        """Get activity.

        `GET /insights/activity`

        Args:
            limit (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetActivityResponse: the response envelope; `.data` is ActivityResponseResponseData.
        """
        from . import get_activity as _operation

        return await self._requester.request(
            _operation.build_request(
                limit=limit,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_environment_feature_usage_time_series(
        self,
        *,
        end_time: datetime.datetime,
        feature_id: str,
        granularity: TimeSeriesGranularity | Unset = UNSET,
        start_time: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> GetEnvironmentFeatureUsageTimeSeriesResponse:
        """Get environment feature usage time series.

        `GET /insights/feature-usage-timeseries`

        Args:
            end_time (datetime.datetime)
            feature_id (str)
            granularity (TimeSeriesGranularity, optional)
            start_time (datetime.datetime)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEnvironmentFeatureUsageTimeSeriesResponse: the response envelope; `.data` is EnvironmentFeatureUsageTimeSeriesResponseData.
        """
        from . import get_environment_feature_usage_time_series as _operation

        return await self._requester.request(
            _operation.build_request(
                end_time=end_time,
                feature_id=feature_id,
                granularity=granularity,
                start_time=start_time,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_environment_trait_usage_time_series(
        self,
        *,
        end_time: datetime.datetime,
        feature_id: str,
        granularity: TimeSeriesGranularity | Unset = UNSET,
        start_time: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> GetEnvironmentTraitUsageTimeSeriesResponse:
        """Get environment trait usage time series.

        `GET /insights/trait-usage-timeseries`

        Args:
            end_time (datetime.datetime)
            feature_id (str)
            granularity (TimeSeriesGranularity, optional)
            start_time (datetime.datetime)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEnvironmentTraitUsageTimeSeriesResponse: the response envelope; `.data` is EnvironmentTraitUsageTimeSeriesResponseData.
        """
        from . import get_environment_trait_usage_time_series as _operation

        return await self._requester.request(
            _operation.build_request(
                end_time=end_time,
                feature_id=feature_id,
                granularity=granularity,
                start_time=start_time,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_plan_growth(
        self,
        *,
        months: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetPlanGrowthResponse:
        """Get plan growth.

        `GET /insights/plan-growth`

        Args:
            months (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanGrowthResponse: the response envelope; `.data` is PlanGrowthResponseData.
        """
        from . import get_plan_growth as _operation

        return await self._requester.request(
            _operation.build_request(
                months=months,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_summary(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetSummaryResponse:
        """Get summary.

        `GET /insights/summary`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetSummaryResponse: the response envelope; `.data` is InsightsSummaryResponseData.
        """
        from . import get_summary as _operation

        return await self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    async def get_top_features_by_usage(
        self,
        *,
        end_time: datetime.datetime,
        limit: int | Unset = UNSET,
        start_time: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> GetTopFeaturesByUsageResponse:
        """Get top features by usage.

        `GET /insights/top-features`

        Args:
            end_time (datetime.datetime)
            limit (int, optional)
            start_time (datetime.datetime)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetTopFeaturesByUsageResponse: the response envelope; `.data` is TopFeaturesByUsageResponseData.
        """
        from . import get_top_features_by_usage as _operation

        return await self._requester.request(
            _operation.build_request(
                end_time=end_time,
                limit=limit,
                start_time=start_time,
            ),
            _operation.parse_response,
            request_options,
        )
