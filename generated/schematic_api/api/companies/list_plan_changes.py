"""`GET /plan-changes` (list_plan_changes): List plan changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_plan_changes_response import ListPlanChangesResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.plan_change_action import PlanChangeAction
    from ...models.plan_change_base_plan_action import PlanChangeBasePlanAction


def build_request(
    *,
    action: PlanChangeAction | Unset = UNSET,
    base_plan_action: PlanChangeBasePlanAction | Unset = UNSET,
    company_id: str | Unset = UNSET,
    company_ids: Sequence[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List plan changes: the request, described but not sent.

    `GET /plan-changes`

    Args:
        action (PlanChangeAction, optional)
        base_plan_action (PlanChangeBasePlanAction, optional)
        company_id (str, optional)
        company_ids (Sequence[str], optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("action", action)
    params += query_pairs("base_plan_action", base_plan_action)
    params += query_pairs("company_id", company_id)
    params += query_pairs("company_ids", company_ids)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/plan-changes",
        operation="listPlanChanges",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListPlanChangesResponse:
    """Parse a successful `list_plan_changes` response into its typed model, ListPlanChangesResponse."""
    return ListPlanChangesResponse.from_dict(response.json())
