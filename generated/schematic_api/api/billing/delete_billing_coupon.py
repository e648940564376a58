"""`DELETE /billing/coupons/{billing_id}` (delete_billing_coupon): Delete billing coupon."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_billing_coupon_response import DeleteBillingCouponResponse


def build_request(
    *,
    billing_id: str,
) -> PreparedRequest:
    """Delete billing coupon: the request, described but not sent.

    `DELETE /billing/coupons/{billing_id}`

    Args:
        billing_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/billing/coupons/{billing_id}".format(
            billing_id=quote(str(billing_id), safe=""),
        ),
        operation="deleteBillingCoupon",
    )


def parse_response(response: httpx.Response) -> DeleteBillingCouponResponse:
    """Parse a successful `delete_billing_coupon` response into its typed model, DeleteBillingCouponResponse."""
    return DeleteBillingCouponResponse.from_dict(response.json())
