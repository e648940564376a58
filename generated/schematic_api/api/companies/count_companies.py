"""`GET /companies/count` (count_companies): Count companies."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_companies_response import CountCompaniesResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.sort_direction import SortDirection
    from ...models.subscription_status import SubscriptionStatus
    from ...models.subscription_type import SubscriptionType


def build_request(
    *,
    credit_type_ids: Sequence[str] | Unset = UNSET,
    has_scheduled_downgrade: bool | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    monetized_subscriptions: bool | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    plan_ids: Sequence[str] | Unset = UNSET,
    plan_version_id: str | Unset = UNSET,
    plan_version_ids: Sequence[str] | Unset = UNSET,
    plan_version_unpublished: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    sort_order_column: str | Unset = UNSET,
    sort_order_direction: SortDirection | Unset = UNSET,
    subscription_statuses: Sequence[SubscriptionStatus] | Unset = UNSET,
    subscription_types: Sequence[SubscriptionType] | Unset = UNSET,
    with_entitlement_for: str | Unset = UNSET,
    without_feature_override_for: str | Unset = UNSET,
    without_plan: bool | Unset = UNSET,
    without_subscription: bool | Unset = UNSET,
    with_subscription: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count companies: the request, described but not sent.

    `GET /companies/count`

    Args:
        credit_type_ids (Sequence[str], optional)
        has_scheduled_downgrade (bool, optional)
        ids (Sequence[str], optional)
        monetized_subscriptions (bool, optional)
        plan_id (str, optional)
        plan_ids (Sequence[str], optional)
        plan_version_id (str, optional)
        plan_version_ids (Sequence[str], optional)
        plan_version_unpublished (bool, optional)
        q (str, optional)
        sort_order_column (str, optional)
        sort_order_direction (SortDirection, optional)
        subscription_statuses (Sequence[SubscriptionStatus], optional)
        subscription_types (Sequence[SubscriptionType], optional)
        with_entitlement_for (str, optional)
        without_feature_override_for (str, optional)
        without_plan (bool, optional)
        without_subscription (bool, optional)
        with_subscription (bool, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("credit_type_ids", credit_type_ids)
    params += query_pairs("has_scheduled_downgrade", has_scheduled_downgrade)
    params += query_pairs("ids", ids)
    params += query_pairs("monetized_subscriptions", monetized_subscriptions)
    params += query_pairs("plan_id", plan_id)
    params += query_pairs("plan_ids", plan_ids)
    params += query_pairs("plan_version_id", plan_version_id)
    params += query_pairs("plan_version_ids", plan_version_ids)
    params += query_pairs("plan_version_unpublished", plan_version_unpublished)
    params += query_pairs("q", q)
    params += query_pairs("sort_order_column", sort_order_column)
    params += query_pairs("sort_order_direction", sort_order_direction)
    params += query_pairs("subscription_statuses", subscription_statuses)
    params += query_pairs("subscription_types", subscription_types)
    params += query_pairs("with_entitlement_for", with_entitlement_for)
    params += query_pairs("without_feature_override_for", without_feature_override_for)
    params += query_pairs("without_plan", without_plan)
    params += query_pairs("without_subscription", without_subscription)
    params += query_pairs("with_subscription", with_subscription)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/companies/count",
        operation="countCompanies",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountCompaniesResponse:
    """Parse a successful `count_companies` response into its typed model, CountCompaniesResponse."""
    return CountCompaniesResponse.from_dict(response.json())
