"""`POST /plan-traits/bulk` (update_plan_traits_bulk): Update plan traits bulk."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_plan_traits_bulk_response import UpdatePlanTraitsBulkResponse

if TYPE_CHECKING:
    from ...models.update_plan_trait_trait_request_body import UpdatePlanTraitTraitRequestBody


def build_request(
    *,
    apply_to_existing_companies: bool,
    plan_id: str,
    traits: Sequence[UpdatePlanTraitTraitRequestBody | Mapping[str, Any]],
) -> PreparedRequest:
    """Update plan traits bulk: the request, described but not sent.

    `POST /plan-traits/bulk`

    Args:
        apply_to_existing_companies (bool)
        plan_id (str)
        traits (Sequence[UpdatePlanTraitTraitRequestBody | Mapping[str, Any]])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "apply_to_existing_companies": apply_to_existing_companies,
        "plan_id": plan_id,
        "traits": traits,
    }
    return PreparedRequest(
        method="POST",
        path="/plan-traits/bulk",
        operation="updatePlanTraitsBulk",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdatePlanTraitsBulkResponse:
    """Parse a successful `update_plan_traits_bulk` response into its typed model, UpdatePlanTraitsBulkResponse."""
    return UpdatePlanTraitsBulkResponse.from_dict(response.json())
