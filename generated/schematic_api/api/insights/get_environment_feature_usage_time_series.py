"""`GET /insights/feature-usage-timeseries` (get_environment_feature_usage_time_series): Get environment feature usage time series."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_environment_feature_usage_time_series_response import GetEnvironmentFeatureUsageTimeSeriesResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.time_series_granularity import TimeSeriesGranularity


def build_request(
    *,
    end_time: datetime.datetime,
    feature_id: str,
    granularity: TimeSeriesGranularity | Unset = UNSET,
    start_time: datetime.datetime,
) -> PreparedRequest:
    """Get environment feature usage time series: the request, described but not sent.

    `GET /insights/feature-usage-timeseries`

    Args:
        end_time (datetime.datetime)
        feature_id (str)
        granularity (TimeSeriesGranularity, optional)
        start_time (datetime.datetime)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("end_time", end_time)
    params += query_pairs("feature_id", feature_id)
    params += query_pairs("granularity", granularity)
    params += query_pairs("start_time", start_time)
    return PreparedRequest(
        method="GET",
        path="/insights/feature-usage-timeseries",
        operation="getEnvironmentFeatureUsageTimeSeries",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetEnvironmentFeatureUsageTimeSeriesResponse:
    """Parse a successful `get_environment_feature_usage_time_series` response into its typed model, GetEnvironmentFeatureUsageTimeSeriesResponse."""
    return GetEnvironmentFeatureUsageTimeSeriesResponse.from_dict(response.json())
