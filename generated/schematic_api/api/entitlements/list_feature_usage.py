"""`GET /feature-usage` (list_feature_usage): List feature usage."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_feature_usage_response import ListFeatureUsageResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType


def build_request(
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
) -> PreparedRequest:
    """List feature usage: the request, described but not sent.

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

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("company_keys", company_keys)
    params += query_pairs("feature_ids", feature_ids)
    params += query_pairs("include_usage_aggregation", include_usage_aggregation)
    params += query_pairs("managed_by", managed_by)
    params += query_pairs("q", q)
    params += query_pairs("without_negative_entitlements", without_negative_entitlements)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/feature-usage",
        operation="listFeatureUsage",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListFeatureUsageResponse:
    """Parse a successful `list_feature_usage` response into its typed model, ListFeatureUsageResponse."""
    return ListFeatureUsageResponse.from_dict(response.json())
