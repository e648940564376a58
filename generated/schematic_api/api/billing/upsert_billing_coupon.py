"""`POST /billing/coupons` (upsert_billing_coupon): Upsert billing coupon."""

from __future__ import annotations

from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_billing_coupon_response import UpsertBillingCouponResponse
from ...types import UNSET, Unset


def build_request(
    *,
    amount_off: int,
    duration: str,
    duration_in_months: int,
    external_id: str,
    max_redemptions: int,
    name: str,
    percent_off: float,
    times_redeemed: int,
    currency: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Upsert billing coupon: the request, described but not sent.

    `POST /billing/coupons`

    Args:
        amount_off (int)
        duration (str)
        duration_in_months (int)
        external_id (str)
        max_redemptions (int)
        name (str)
        percent_off (float)
        times_redeemed (int)
        currency (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "amount_off": amount_off,
        "duration": duration,
        "duration_in_months": duration_in_months,
        "external_id": external_id,
        "max_redemptions": max_redemptions,
        "name": name,
        "percent_off": percent_off,
        "times_redeemed": times_redeemed,
    }
    if not isinstance(currency, Unset):
        _json["currency"] = currency
    return PreparedRequest(
        method="POST",
        path="/billing/coupons",
        operation="upsertBillingCoupon",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertBillingCouponResponse:
    """Parse a successful `upsert_billing_coupon` response into its typed model, UpsertBillingCouponResponse."""
    return UpsertBillingCouponResponse.from_dict(response.json())
