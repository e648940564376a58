"""`DELETE /billing/credits/plan-grants/{plan_grant_id}` (delete_billing_plan_credit_grant): Delete billing plan credit grant."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.delete_billing_plan_credit_grant_response import DeleteBillingPlanCreditGrantResponse
from ...types import UNSET, Unset


def build_request(
    *,
    plan_grant_id: str,
    apply_to_existing: bool | Unset = UNSET,
) -> PreparedRequest:
    """Delete billing plan credit grant: the request, described but not sent.

    `DELETE /billing/credits/plan-grants/{plan_grant_id}`

    Args:
        plan_grant_id (str)
        apply_to_existing (bool, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("apply_to_existing", apply_to_existing)
    return PreparedRequest(
        method="DELETE",
        path="/billing/credits/plan-grants/{plan_grant_id}".format(
            plan_grant_id=quote(str(plan_grant_id), safe=""),
        ),
        operation="deleteBillingPlanCreditGrant",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> DeleteBillingPlanCreditGrantResponse:
    """Parse a successful `delete_billing_plan_credit_grant` response into its typed model, DeleteBillingPlanCreditGrantResponse."""
    return DeleteBillingPlanCreditGrantResponse.from_dict(response.json())
