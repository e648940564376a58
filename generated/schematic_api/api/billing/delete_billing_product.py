"""`DELETE /billing/product/{billing_id}` (delete_billing_product): Delete billing product."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_billing_product_response import DeleteBillingProductResponse


def build_request(
    *,
    billing_id: str,
) -> PreparedRequest:
    """Delete billing product: the request, described but not sent.

    `DELETE /billing/product/{billing_id}`

    Args:
        billing_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/billing/product/{billing_id}".format(
            billing_id=quote(str(billing_id), safe=""),
        ),
        operation="deleteBillingProduct",
    )


def parse_response(response: httpx.Response) -> DeleteBillingProductResponse:
    """Parse a successful `delete_billing_product` response into its typed model, DeleteBillingProductResponse."""
    return DeleteBillingProductResponse.from_dict(response.json())
