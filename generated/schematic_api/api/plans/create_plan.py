"""`POST /plans` (create_plan): Create a plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_plan_response import CreatePlanResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.plan_icon import PlanIcon
    from ...models.plan_type import PlanType


def build_request(
    *,
    name: str,
    plan_type: PlanType,
    description: str | Unset = UNSET,
    icon: PlanIcon | None | Unset = UNSET,
) -> PreparedRequest:
    """Create a plan: the request, described but not sent.

    `POST /plans`

    Args:
        name (str)
        plan_type (PlanType)
        description (str, optional)
        icon (PlanIcon | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "name": name,
        "plan_type": plan_type,
    }
    if not isinstance(description, Unset):
        _json["description"] = description
    if not isinstance(icon, Unset):
        _json["icon"] = icon
    return PreparedRequest(
        method="POST",
        path="/plans",
        operation="createPlan",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreatePlanResponse:
    """Parse a successful `create_plan` response into its typed model, CreatePlanResponse."""
    return CreatePlanResponse.from_dict(response.json())
