"""`POST /plan-entitlements/duplicate` (duplicate_plan_entitlements): Duplicate plan entitlements."""

from __future__ import annotations

from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.duplicate_plan_entitlements_response import DuplicatePlanEntitlementsResponse


def build_request(
    *,
    source_plan_id: str,
    target_plan_id: str,
) -> PreparedRequest:
    """Duplicate plan entitlements: the request, described but not sent.

    `POST /plan-entitlements/duplicate`

    Args:
        source_plan_id (str)
        target_plan_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "source_plan_id": source_plan_id,
        "target_plan_id": target_plan_id,
    }
    return PreparedRequest(
        method="POST",
        path="/plan-entitlements/duplicate",
        operation="duplicatePlanEntitlements",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> DuplicatePlanEntitlementsResponse:
    """Parse a successful `duplicate_plan_entitlements` response into its typed model, DuplicatePlanEntitlementsResponse."""
    return DuplicatePlanEntitlementsResponse.from_dict(response.json())
