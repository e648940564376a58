"""`GET /features/count` (count_features): Count features."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_features_response import CountFeaturesResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType
    from ...models.feature_type import FeatureType


def build_request(
    *,
    boolean_require_event: bool | Unset = UNSET,
    feature_type: Sequence[FeatureType] | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    managed_by: BillingProviderType | Unset = UNSET,
    plan_version_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    without_company_override_for: str | Unset = UNSET,
    without_plan_entitlement_for: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count features: the request, described but not sent.

    `GET /features/count`

    Args:
        boolean_require_event (bool, optional)
        feature_type (Sequence[FeatureType], optional)
        ids (Sequence[str], optional)
        managed_by (BillingProviderType, optional)
        plan_version_id (str, optional)
        q (str, optional)
        without_company_override_for (str, optional)
        without_plan_entitlement_for (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("boolean_require_event", boolean_require_event)
    params += query_pairs("feature_type", feature_type)
    params += query_pairs("ids", ids)
    params += query_pairs("managed_by", managed_by)
    params += query_pairs("plan_version_id", plan_version_id)
    params += query_pairs("q", q)
    params += query_pairs("without_company_override_for", without_company_override_for)
    params += query_pairs("without_plan_entitlement_for", without_plan_entitlement_for)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/features/count",
        operation="countFeatures",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountFeaturesResponse:
    """Parse a successful `count_features` response into its typed model, CountFeaturesResponse."""
    return CountFeaturesResponse.from_dict(response.json())
