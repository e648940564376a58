"""`GET /billing/credits/plan-grants/count` (count_billing_plan_credit_grants): Count billing plan credit grants."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_billing_plan_credit_grants_response import CountBillingPlanCreditGrantsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    credit_id: str | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    plan_ids: Sequence[str] | Unset = UNSET,
    plan_version_id: str | Unset = UNSET,
    plan_version_ids: Sequence[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count billing plan credit grants: the request, described but not sent.

    `GET /billing/credits/plan-grants/count`

    Args:
        credit_id (str, optional)
        ids (Sequence[str], optional)
        plan_id (str, optional)
        plan_ids (Sequence[str], optional)
        plan_version_id (str, optional)
        plan_version_ids (Sequence[str], optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("credit_id", credit_id)
    params += query_pairs("ids", ids)
    params += query_pairs("plan_id", plan_id)
    params += query_pairs("plan_ids", plan_ids)
    params += query_pairs("plan_version_id", plan_version_id)
    params += query_pairs("plan_version_ids", plan_version_ids)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/credits/plan-grants/count",
        operation="countBillingPlanCreditGrants",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountBillingPlanCreditGrantsResponse:
    """Parse a successful `count_billing_plan_credit_grants` response into its typed model, CountBillingPlanCreditGrantsResponse."""
    return CountBillingPlanCreditGrantsResponse.from_dict(response.json())
