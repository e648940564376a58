"""`GET /plans/count` (count_plans): Count plans."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_plans_response import CountPlansResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.plan_type import PlanType


def build_request(
    *,
    company_id: str | Unset = UNSET,
    company_scoped_only: bool | Unset = UNSET,
    exclude_company_scoped: bool | Unset = UNSET,
    for_fallback_plan: bool | Unset = UNSET,
    for_initial_plan: bool | Unset = UNSET,
    for_trial_expiry_plan: bool | Unset = UNSET,
    has_product_id: bool | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    include_draft_versions: bool | Unset = UNSET,
    plan_type: PlanType | Unset = UNSET,
    q: str | Unset = UNSET,
    scoped_to_company_id: str | Unset = UNSET,
    with_entitlements: bool | Unset = UNSET,
    without_entitlement_for: str | Unset = UNSET,
    without_paid_product_id: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count plans: the request, described but not sent.

    `GET /plans/count`

    Args:
        company_id (str, optional)
        company_scoped_only (bool, optional)
        exclude_company_scoped (bool, optional)
        for_fallback_plan (bool, optional)
        for_initial_plan (bool, optional)
        for_trial_expiry_plan (bool, optional)
        has_product_id (bool, optional)
        ids (Sequence[str], optional)
        include_draft_versions (bool, optional)
        plan_type (PlanType, optional)
        q (str, optional)
        scoped_to_company_id (str, optional)
        with_entitlements (bool, optional)
        without_entitlement_for (str, optional)
        without_paid_product_id (bool, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("company_scoped_only", company_scoped_only)
    params += query_pairs("exclude_company_scoped", exclude_company_scoped)
    params += query_pairs("for_fallback_plan", for_fallback_plan)
    params += query_pairs("for_initial_plan", for_initial_plan)
    params += query_pairs("for_trial_expiry_plan", for_trial_expiry_plan)
    params += query_pairs("has_product_id", has_product_id)
    params += query_pairs("ids", ids)
    params += query_pairs("include_draft_versions", include_draft_versions)
    params += query_pairs("plan_type", plan_type)
    params += query_pairs("q", q)
    params += query_pairs("scoped_to_company_id", scoped_to_company_id)
    params += query_pairs("with_entitlements", with_entitlements)
    params += query_pairs("without_entitlement_for", without_entitlement_for)
    params += query_pairs("without_paid_product_id", without_paid_product_id)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/plans/count",
        operation="countPlans",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountPlansResponse:
    """Parse a successful `count_plans` response into its typed model, CountPlansResponse."""
    return CountPlansResponse.from_dict(response.json())
