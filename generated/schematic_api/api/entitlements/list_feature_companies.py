"""`GET /feature-companies` (list_feature_companies): List feature companies."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_feature_companies_response import ListFeatureCompaniesResponse
from ...types import UNSET, Unset


def build_request(
    *,
    feature_id: str,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List feature companies: the request, described but not sent.

    `GET /feature-companies`

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
        path="/feature-companies",
        operation="listFeatureCompanies",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListFeatureCompaniesResponse:
    """Parse a successful `list_feature_companies` response into its typed model, ListFeatureCompaniesResponse."""
    return ListFeatureCompaniesResponse.from_dict(response.json())
