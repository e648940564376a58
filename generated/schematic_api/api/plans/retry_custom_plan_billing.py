"""`PUT /custom-plan-billings/{custom_plan_billing_id}/retry` (retry_custom_plan_billing): Retry custom plan billing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.retry_custom_plan_billing_response import RetryCustomPlanBillingResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.custom_plan_activation_strategy import CustomPlanActivationStrategy


def build_request(
    *,
    custom_plan_billing_id: str,
    customer_email: str,
    activation_strategy: CustomPlanActivationStrategy | None | Unset = UNSET,
    days_until_due: int | None | Unset = UNSET,
    send_invoice: bool | None | Unset = UNSET,
) -> PreparedRequest:
    """Retry custom plan billing: the request, described but not sent.

    `PUT /custom-plan-billings/{custom_plan_billing_id}/retry`

    Args:
        custom_plan_billing_id (str)
        customer_email (str)
        activation_strategy (CustomPlanActivationStrategy | None, optional)
        days_until_due (int | None, optional)
        send_invoice (bool | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "customer_email": customer_email,
    }
    if not isinstance(activation_strategy, Unset):
        _json["activation_strategy"] = activation_strategy
    if not isinstance(days_until_due, Unset):
        _json["days_until_due"] = days_until_due
    if not isinstance(send_invoice, Unset):
        _json["send_invoice"] = send_invoice
    return PreparedRequest(
        method="PUT",
        path="/custom-plan-billings/{custom_plan_billing_id}/retry".format(
            custom_plan_billing_id=quote(str(custom_plan_billing_id), safe=""),
        ),
        operation="retryCustomPlanBilling",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> RetryCustomPlanBillingResponse:
    """Parse a successful `retry_custom_plan_billing` response into its typed model, RetryCustomPlanBillingResponse."""
    return RetryCustomPlanBillingResponse.from_dict(response.json())
