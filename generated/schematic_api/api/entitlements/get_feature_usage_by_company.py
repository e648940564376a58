"""`GET /usage-by-company` (get_feature_usage_by_company): Get a company's feature usage."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_feature_usage_by_company_response import GetFeatureUsageByCompanyResponse


def build_request(
    *,
    keys: Mapping[str, str],
) -> PreparedRequest:
    """Get a company's feature usage: the request, described but not sent.

    `GET /usage-by-company`

    Args:
        keys (Mapping[str, str])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("keys", keys)
    return PreparedRequest(
        method="GET",
        path="/usage-by-company",
        operation="getFeatureUsageByCompany",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetFeatureUsageByCompanyResponse:
    """Parse a successful `get_feature_usage_by_company` response into its typed model, GetFeatureUsageByCompanyResponse."""
    return GetFeatureUsageByCompanyResponse.from_dict(response.json())
