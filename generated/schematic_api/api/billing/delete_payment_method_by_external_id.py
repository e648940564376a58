"""`DELETE /billing/payment-methods/{billing_id}` (delete_payment_method_by_external_id): Delete payment method by external ID."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_payment_method_by_external_id_response import DeletePaymentMethodByExternalIDResponse


def build_request(
    *,
    billing_id: str,
) -> PreparedRequest:
    """Delete payment method by external ID: the request, described but not sent.

    `DELETE /billing/payment-methods/{billing_id}`

    Args:
        billing_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/billing/payment-methods/{billing_id}".format(
            billing_id=quote(str(billing_id), safe=""),
        ),
        operation="deletePaymentMethodByExternalID",
    )


def parse_response(response: httpx.Response) -> DeletePaymentMethodByExternalIDResponse:
    """Parse a successful `delete_payment_method_by_external_id` response into its typed model, DeletePaymentMethodByExternalIDResponse."""
    return DeletePaymentMethodByExternalIDResponse.from_dict(response.json())
