"""`GET /insights/top-features` (get_top_features_by_usage): Get top features by usage."""

from __future__ import annotations

import datetime

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_top_features_by_usage_response import GetTopFeaturesByUsageResponse
from ...types import UNSET, Unset


def build_request(
    *,
    end_time: datetime.datetime,
    limit: int | Unset = UNSET,
    start_time: datetime.datetime,
) -> PreparedRequest:
    """Get top features by usage: the request, described but not sent.

    `GET /insights/top-features`

    Args:
        end_time (datetime.datetime)
        limit (int, optional)
        start_time (datetime.datetime)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("end_time", end_time)
    params += query_pairs("limit", limit)
    params += query_pairs("start_time", start_time)
    return PreparedRequest(
        method="GET",
        path="/insights/top-features",
        operation="getTopFeaturesByUsage",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetTopFeaturesByUsageResponse:
    """Parse a successful `get_top_features_by_usage` response into its typed model, GetTopFeaturesByUsageResponse."""
    return GetTopFeaturesByUsageResponse.from_dict(response.json())
