"""`PUT /plans/{plan_id}` (update_plan): Update a plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_plan_response import UpdatePlanResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.plan_icon import PlanIcon


def build_request(
    *,
    plan_id: str,
    name: str,
    description: str | None | Unset = UNSET,
    icon: PlanIcon | None | Unset = UNSET,
) -> PreparedRequest:
    """Update a plan: the request, described but not sent.

    `PUT /plans/{plan_id}`

    Args:
        plan_id (str)
        name (str)
        description (str | None, optional)
        icon (PlanIcon | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "name": name,
    }
    if not isinstance(description, Unset):
        _json["description"] = description
    if not isinstance(icon, Unset):
        _json["icon"] = icon
    return PreparedRequest(
        method="PUT",
        path="/plans/{plan_id}".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
        operation="updatePlan",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdatePlanResponse:
    """Parse a successful `update_plan` response into its typed model, UpdatePlanResponse."""
    return UpdatePlanResponse.from_dict(response.json())
