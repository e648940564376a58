"""`DELETE /billing/product/prices/{billing_id}` (delete_product_price): Delete product price."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_product_price_response import DeleteProductPriceResponse


def build_request(
    *,
    billing_id: str,
) -> PreparedRequest:
    """Delete product price: the request, described but not sent.

    `DELETE /billing/product/prices/{billing_id}`

    Args:
        billing_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/billing/product/prices/{billing_id}".format(
            billing_id=quote(str(billing_id), safe=""),
        ),
        operation="deleteProductPrice",
    )


def parse_response(response: httpx.Response) -> DeleteProductPriceResponse:
    """Parse a successful `delete_product_price` response into its typed model, DeleteProductPriceResponse."""
    return DeleteProductPriceResponse.from_dict(response.json())
