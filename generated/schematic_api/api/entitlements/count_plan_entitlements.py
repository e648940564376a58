"""`GET /plan-entitlements/count` (count_plan_entitlements): Count plan entitlements."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_plan_entitlements_response import CountPlanEntitlementsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    feature_id: str | Unset = UNSET,
    feature_ids: Sequence[str] | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    plan_ids: Sequence[str] | Unset = UNSET,
    plan_version_id: str | Unset = UNSET,
    plan_version_ids: Sequence[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    with_metered_products: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count plan entitlements: the request, described but not sent.

    `GET /plan-entitlements/count`

    Args:
        feature_id (str, optional)
        feature_ids (Sequence[str], optional)
        ids (Sequence[str], optional)
        plan_id (str, optional)
        plan_ids (Sequence[str], optional)
        plan_version_id (str, optional)
        plan_version_ids (Sequence[str], optional)
        q (str, optional)
        with_metered_products (bool, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("feature_id", feature_id)
    params += query_pairs("feature_ids", feature_ids)
    params += query_pairs("ids", ids)
    params += query_pairs("plan_id", plan_id)
    params += query_pairs("plan_ids", plan_ids)
    params += query_pairs("plan_version_id", plan_version_id)
    params += query_pairs("plan_version_ids", plan_version_ids)
    params += query_pairs("q", q)
    params += query_pairs("with_metered_products", with_metered_products)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/plan-entitlements/count",
        operation="countPlanEntitlements",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountPlanEntitlementsResponse:
    """Parse a successful `count_plan_entitlements` response into its typed model, CountPlanEntitlementsResponse."""
    return CountPlanEntitlementsResponse.from_dict(response.json())
