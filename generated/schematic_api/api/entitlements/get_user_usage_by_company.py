"""`GET /user-usage-by-company` (get_user_usage_by_company): Get user usage by company."""

from __future__ import annotations

import datetime

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_user_usage_by_company_response import GetUserUsageByCompanyResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str,
    end_time: datetime.datetime | Unset = UNSET,
    feature_id: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
) -> PreparedRequest:
    """Get user usage by company: the request, described but not sent.

    `GET /user-usage-by-company`

    Args:
        company_id (str)
        end_time (datetime.datetime, optional)
        feature_id (str, optional)
        start_time (datetime.datetime, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("end_time", end_time)
    params += query_pairs("feature_id", feature_id)
    params += query_pairs("start_time", start_time)
    return PreparedRequest(
        method="GET",
        path="/user-usage-by-company",
        operation="getUserUsageByCompany",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetUserUsageByCompanyResponse:
    """Parse a successful `get_user_usage_by_company` response into its typed model, GetUserUsageByCompanyResponse."""
    return GetUserUsageByCompanyResponse.from_dict(response.json())
