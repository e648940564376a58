"""`GET /feature-usage-history` (list_feature_usage_history): List feature usage history."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_feature_usage_history_response import ListFeatureUsageHistoryResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.time_series_granularity import TimeSeriesGranularity


def build_request(
    *,
    company_ids: Sequence[str] | Unset = UNSET,
    end_time: datetime.datetime,
    feature_ids: Sequence[str] | Unset = UNSET,
    granularity: TimeSeriesGranularity | Unset = UNSET,
    start_time: datetime.datetime,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List feature usage history: the request, described but not sent.

    `GET /feature-usage-history`

    Args:
        company_ids (Sequence[str], optional)
        end_time (datetime.datetime)
        feature_ids (Sequence[str], optional)
        granularity (TimeSeriesGranularity, optional)
        start_time (datetime.datetime)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_ids", company_ids)
    params += query_pairs("end_time", end_time)
    params += query_pairs("feature_ids", feature_ids)
    params += query_pairs("granularity", granularity)
    params += query_pairs("start_time", start_time)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/feature-usage-history",
        operation="listFeatureUsageHistory",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListFeatureUsageHistoryResponse:
    """Parse a successful `list_feature_usage_history` response into its typed model, ListFeatureUsageHistoryResponse."""
    return ListFeatureUsageHistoryResponse.from_dict(response.json())
