"""`DELETE /billing/customer/{billing_id}` (delete_billing_customer): Delete billing customer."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_billing_customer_response import DeleteBillingCustomerResponse


def build_request(
    *,
    billing_id: str,
) -> PreparedRequest:
    """Delete billing customer: the request, described but not sent.

    `DELETE /billing/customer/{billing_id}`

    Args:
        billing_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/billing/customer/{billing_id}".format(
            billing_id=quote(str(billing_id), safe=""),
        ),
        operation="deleteBillingCustomer",
    )


def parse_response(response: httpx.Response) -> DeleteBillingCustomerResponse:
    """Parse a successful `delete_billing_customer` response into its typed model, DeleteBillingCustomerResponse."""
    return DeleteBillingCustomerResponse.from_dict(response.json())
