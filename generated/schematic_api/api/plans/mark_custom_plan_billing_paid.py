"""`PUT /custom-plan-billings/{custom_plan_billing_id}/mark-paid` (mark_custom_plan_billing_paid): Mark custom plan billing paid."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.mark_custom_plan_billing_paid_response import MarkCustomPlanBillingPaidResponse
from ...types import Unset


def build_request(
    *,
    custom_plan_billing_id: str,
    body: Mapping[str, Any],
) -> PreparedRequest:
    """Mark custom plan billing paid: the request, described but not sent.

    `PUT /custom-plan-billings/{custom_plan_billing_id}/mark-paid`

    Args:
        custom_plan_billing_id (str)
        body (Mapping[str, Any])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="PUT",
        path="/custom-plan-billings/{custom_plan_billing_id}/mark-paid".format(
            custom_plan_billing_id=quote(str(custom_plan_billing_id), safe=""),
        ),
        operation="markCustomPlanBillingPaid",
        json=None if isinstance(body, Unset) else to_jsonable(body),
        has_body=not isinstance(body, Unset),
    )


def parse_response(response: httpx.Response) -> MarkCustomPlanBillingPaidResponse:
    """Parse a successful `mark_custom_plan_billing_paid` response into its typed model, MarkCustomPlanBillingPaidResponse."""
    return MarkCustomPlanBillingPaidResponse.from_dict(response.json())
