"""`GET /custom-plan-billings` (list_custom_plan_billings): List custom plan billings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_custom_plan_billings_response import ListCustomPlanBillingsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.custom_plan_billing_status import CustomPlanBillingStatus
    from ...models.plan_billing_source import PlanBillingSource


def build_request(
    *,
    company_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    plan_billing_source: PlanBillingSource | Unset = UNSET,
    status: CustomPlanBillingStatus | Unset = UNSET,
    statuses: Sequence[CustomPlanBillingStatus] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List custom plan billings: the request, described but not sent.

    `GET /custom-plan-billings`

    Args:
        company_id (str, optional)
        plan_id (str, optional)
        plan_billing_source (PlanBillingSource, optional)
        status (CustomPlanBillingStatus, optional)
        statuses (Sequence[CustomPlanBillingStatus], optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("plan_id", plan_id)
    params += query_pairs("plan_billing_source", plan_billing_source)
    params += query_pairs("status", status)
    params += query_pairs("statuses", statuses)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/custom-plan-billings",
        operation="listCustomPlanBillings",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListCustomPlanBillingsResponse:
    """Parse a successful `list_custom_plan_billings` response into its typed model, ListCustomPlanBillingsResponse."""
    return ListCustomPlanBillingsResponse.from_dict(response.json())
