"""`POST /billing/payment-methods` (upsert_payment_method): Upsert payment method."""

from __future__ import annotations

from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_payment_method_response import UpsertPaymentMethodResponse
from ...types import UNSET, Unset


def build_request(
    *,
    customer_external_id: str,
    external_id: str,
    payment_method_type: str,
    account_last4: str | None | Unset = UNSET,
    account_name: str | None | Unset = UNSET,
    bank_name: str | None | Unset = UNSET,
    billing_email: str | None | Unset = UNSET,
    billing_name: str | None | Unset = UNSET,
    card_brand: str | None | Unset = UNSET,
    card_exp_month: int | None | Unset = UNSET,
    card_exp_year: int | None | Unset = UNSET,
    card_last4: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Upsert payment method: the request, described but not sent.

    `POST /billing/payment-methods`

    Args:
        customer_external_id (str)
        external_id (str)
        payment_method_type (str)
        account_last4 (str | None, optional)
        account_name (str | None, optional)
        bank_name (str | None, optional)
        billing_email (str | None, optional)
        billing_name (str | None, optional)
        card_brand (str | None, optional)
        card_exp_month (int | None, optional)
        card_exp_year (int | None, optional)
        card_last4 (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "customer_external_id": customer_external_id,
        "external_id": external_id,
        "payment_method_type": payment_method_type,
    }
    if not isinstance(account_last4, Unset):
        _json["account_last4"] = account_last4
    if not isinstance(account_name, Unset):
        _json["account_name"] = account_name
    if not isinstance(bank_name, Unset):
        _json["bank_name"] = bank_name
    if not isinstance(billing_email, Unset):
        _json["billing_email"] = billing_email
    if not isinstance(billing_name, Unset):
        _json["billing_name"] = billing_name
    if not isinstance(card_brand, Unset):
        _json["card_brand"] = card_brand
    if not isinstance(card_exp_month, Unset):
        _json["card_exp_month"] = card_exp_month
    if not isinstance(card_exp_year, Unset):
        _json["card_exp_year"] = card_exp_year
    if not isinstance(card_last4, Unset):
        _json["card_last4"] = card_last4
    return PreparedRequest(
        method="POST",
        path="/billing/payment-methods",
        operation="upsertPaymentMethod",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertPaymentMethodResponse:
    """Parse a successful `upsert_payment_method` response into its typed model, UpsertPaymentMethodResponse."""
    return UpsertPaymentMethodResponse.from_dict(response.json())
