"""`DELETE /billing/credits/{credit_id}` (soft_delete_billing_credit): Soft delete billing credit."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.soft_delete_billing_credit_response import SoftDeleteBillingCreditResponse


def build_request(
    *,
    credit_id: str,
) -> PreparedRequest:
    """Soft delete billing credit: the request, described but not sent.

    `DELETE /billing/credits/{credit_id}`

    Args:
        credit_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/billing/credits/{credit_id}".format(
            credit_id=quote(str(credit_id), safe=""),
        ),
        operation="softDeleteBillingCredit",
    )


def parse_response(response: httpx.Response) -> SoftDeleteBillingCreditResponse:
    """Parse a successful `soft_delete_billing_credit` response into its typed model, SoftDeleteBillingCreditResponse."""
    return SoftDeleteBillingCreditResponse.from_dict(response.json())
