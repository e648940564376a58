"""`GET /user-usage-detail` (get_user_usage_detail): Get user usage detail."""

from __future__ import annotations

import datetime

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_user_usage_detail_response import GetUserUsageDetailResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str,
    end_time: datetime.datetime | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    user_id: str,
) -> PreparedRequest:
    """Get user usage detail: the request, described but not sent.

    `GET /user-usage-detail`

    Args:
        company_id (str)
        end_time (datetime.datetime, optional)
        start_time (datetime.datetime, optional)
        user_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("end_time", end_time)
    params += query_pairs("start_time", start_time)
    params += query_pairs("user_id", user_id)
    return PreparedRequest(
        method="GET",
        path="/user-usage-detail",
        operation="getUserUsageDetail",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetUserUsageDetailResponse:
    """Parse a successful `get_user_usage_detail` response into its typed model, GetUserUsageDetailResponse."""
    return GetUserUsageDetailResponse.from_dict(response.json())
