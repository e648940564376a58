"""`DELETE /billing/invoices/{billing_id}` (delete_billing_invoice): Delete billing invoice."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_billing_invoice_response import DeleteBillingInvoiceResponse


def build_request(
    *,
    billing_id: str,
) -> PreparedRequest:
    """Delete billing invoice: the request, described but not sent.

    `DELETE /billing/invoices/{billing_id}`

    Args:
        billing_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/billing/invoices/{billing_id}".format(
            billing_id=quote(str(billing_id), safe=""),
        ),
        operation="deleteBillingInvoice",
    )


def parse_response(response: httpx.Response) -> DeleteBillingInvoiceResponse:
    """Parse a successful `delete_billing_invoice` response into its typed model, DeleteBillingInvoiceResponse."""
    return DeleteBillingInvoiceResponse.from_dict(response.json())
