"""`GET /feature-companies/count` (count_feature_companies): Count feature companies."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_feature_companies_response import CountFeatureCompaniesResponse
from ...types import UNSET, Unset


def build_request(
    *,
    feature_id: str,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count feature companies: the request, described but not sent.

    `GET /feature-companies/count`

    Args:
        feature_id (str)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("feature_id", feature_id)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/feature-companies/count",
        operation="countFeatureCompanies",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountFeatureCompaniesResponse:
    """Parse a successful `count_feature_companies` response into its typed model, CountFeatureCompaniesResponse."""
    return CountFeatureCompaniesResponse.from_dict(response.json())
