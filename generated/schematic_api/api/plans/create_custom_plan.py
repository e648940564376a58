"""`POST /custom-plans` (create_custom_plan): Create custom plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_custom_plan_response import CreateCustomPlanResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.plan_icon import PlanIcon


def build_request(
    *,
    company_id: str,
    name: str,
    copied_from_plan_id: str | None | Unset = UNSET,
    copied_price_id: str | None | Unset = UNSET,
    description: str | Unset = UNSET,
    icon: PlanIcon | None | Unset = UNSET,
) -> PreparedRequest:
    """Create custom plan: the request, described but not sent.

    `POST /custom-plans`

    Args:
        company_id (str)
        name (str)
        copied_from_plan_id (str | None, optional)
        copied_price_id (str | None, optional)
        description (str, optional)
        icon (PlanIcon | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "company_id": company_id,
        "name": name,
    }
    if not isinstance(copied_from_plan_id, Unset):
        _json["copied_from_plan_id"] = copied_from_plan_id
    if not isinstance(copied_price_id, Unset):
        _json["copied_price_id"] = copied_price_id
    if not isinstance(description, Unset):
        _json["description"] = description
    if not isinstance(icon, Unset):
        _json["icon"] = icon
    return PreparedRequest(
        method="POST",
        path="/custom-plans",
        operation="createCustomPlan",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateCustomPlanResponse:
    """Parse a successful `create_custom_plan` response into its typed model, CreateCustomPlanResponse."""
    return CreateCustomPlanResponse.from_dict(response.json())
