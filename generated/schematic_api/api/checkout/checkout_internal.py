"""`POST /checkout-internal` (checkout_internal): Checkout internal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.checkout_internal_response import CheckoutInternalResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.checkout_field_value import CheckoutFieldValue
    from ...models.update_add_on_request_body import UpdateAddOnRequestBody
    from ...models.update_auto_topup_override_request_body import UpdateAutoTopupOverrideRequestBody
    from ...models.update_credit_bundle_request_body import UpdateCreditBundleRequestBody
    from ...models.update_pay_in_advance_request_body import UpdatePayInAdvanceRequestBody


def build_request(
    *,
    add_on_ids: Sequence[UpdateAddOnRequestBody | Mapping[str, Any]],
    auto_topup_overrides: Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]],
    company_id: str,
    credit_bundles: Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]],
    custom_field_values: Sequence[CheckoutFieldValue | Mapping[str, Any]],
    new_plan_id: str,
    new_price_id: str,
    pay_in_advance: Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]],
    skip_trial: bool,
    billing_entity_id: str | None | Unset = UNSET,
    coupon_external_id: str | None | Unset = UNSET,
    opt_in_accepted: bool | None | Unset = UNSET,
    payment_method_id: str | None | Unset = UNSET,
    promo_code: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Checkout internal: the request, described but not sent.

    `POST /checkout-internal`

    Args:
        add_on_ids (Sequence[UpdateAddOnRequestBody | Mapping[str, Any]])
        auto_topup_overrides (Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]])
        company_id (str)
        credit_bundles (Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]])
        custom_field_values (Sequence[CheckoutFieldValue | Mapping[str, Any]])
        new_plan_id (str)
        new_price_id (str)
        pay_in_advance (Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]])
        skip_trial (bool)
        billing_entity_id (str | None, optional)
        coupon_external_id (str | None, optional)
        opt_in_accepted (bool | None, optional)
        payment_method_id (str | None, optional)
        promo_code (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "add_on_ids": add_on_ids,
        "auto_topup_overrides": auto_topup_overrides,
        "company_id": company_id,
        "credit_bundles": credit_bundles,
        "custom_field_values": custom_field_values,
        "new_plan_id": new_plan_id,
        "new_price_id": new_price_id,
        "pay_in_advance": pay_in_advance,
        "skip_trial": skip_trial,
    }
    if not isinstance(billing_entity_id, Unset):
        _json["billing_entity_id"] = billing_entity_id
    if not isinstance(coupon_external_id, Unset):
        _json["coupon_external_id"] = coupon_external_id
    if not isinstance(opt_in_accepted, Unset):
        _json["opt_in_accepted"] = opt_in_accepted
    if not isinstance(payment_method_id, Unset):
        _json["payment_method_id"] = payment_method_id
    if not isinstance(promo_code, Unset):
        _json["promo_code"] = promo_code
    return PreparedRequest(
        method="POST",
        path="/checkout-internal",
        operation="checkoutInternal",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CheckoutInternalResponse:
    """Parse a successful `checkout_internal` response into its typed model, CheckoutInternalResponse."""
    return CheckoutInternalResponse.from_dict(response.json())
