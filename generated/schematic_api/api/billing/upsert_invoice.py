"""`POST /billing/invoices` (upsert_invoice): Upsert invoice."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_invoice_response import UpsertInvoiceResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.invoice_status import InvoiceStatus


def build_request(
    *,
    amount_due: int,
    amount_paid: int,
    amount_remaining: int,
    collection_method: str,
    currency: str,
    customer_external_id: str,
    subtotal: int,
    due_date: datetime.datetime | None | Unset = UNSET,
    ending_balance: int | None | Unset = UNSET,
    external_id: str | None | Unset = UNSET,
    payment_method_external_id: str | None | Unset = UNSET,
    starting_balance: int | None | Unset = UNSET,
    status: InvoiceStatus | None | Unset = UNSET,
    subscription_external_id: str | None | Unset = UNSET,
    url: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Upsert invoice: the request, described but not sent.

    `POST /billing/invoices`

    Args:
        amount_due (int)
        amount_paid (int)
        amount_remaining (int)
        collection_method (str)
        currency (str)
        customer_external_id (str)
        subtotal (int)
        due_date (datetime.datetime | None, optional)
        ending_balance (int | None, optional)
        external_id (str | None, optional)
        payment_method_external_id (str | None, optional)
        starting_balance (int | None, optional)
        status (InvoiceStatus | None, optional)
        subscription_external_id (str | None, optional)
        url (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "amount_due": amount_due,
        "amount_paid": amount_paid,
        "amount_remaining": amount_remaining,
        "collection_method": collection_method,
        "currency": currency,
        "customer_external_id": customer_external_id,
        "subtotal": subtotal,
    }
    if not isinstance(due_date, Unset):
        _json["due_date"] = due_date
    if not isinstance(ending_balance, Unset):
        _json["ending_balance"] = ending_balance
    if not isinstance(external_id, Unset):
        _json["external_id"] = external_id
    if not isinstance(payment_method_external_id, Unset):
        _json["payment_method_external_id"] = payment_method_external_id
    if not isinstance(starting_balance, Unset):
        _json["starting_balance"] = starting_balance
    if not isinstance(status, Unset):
        _json["status"] = status
    if not isinstance(subscription_external_id, Unset):
        _json["subscription_external_id"] = subscription_external_id
    if not isinstance(url, Unset):
        _json["url"] = url
    return PreparedRequest(
        method="POST",
        path="/billing/invoices",
        operation="upsertInvoice",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertInvoiceResponse:
    """Parse a successful `upsert_invoice` response into its typed model, UpsertInvoiceResponse."""
    return UpsertInvoiceResponse.from_dict(response.json())
