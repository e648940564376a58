"""`POST /billing/customer/upsert` (upsert_billing_customer): Upsert billing customer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_billing_customer_response import UpsertBillingCustomerResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType


def build_request(
    *,
    email: str,
    external_id: str,
    meta: Mapping[str, str],
    name: str,
    company_id: str | None | Unset = UNSET,
    default_payment_method_id: str | None | Unset = UNSET,
    provider_type: BillingProviderType | None | Unset = UNSET,
) -> PreparedRequest:
    """Upsert billing customer: the request, described but not sent.

    `POST /billing/customer/upsert`

    Args:
        email (str)
        external_id (str)
        meta (Mapping[str, str])
        name (str)
        company_id (str | None, optional)
        default_payment_method_id (str | None, optional)
        provider_type (BillingProviderType | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "email": email,
        "external_id": external_id,
        "meta": meta,
        "name": name,
    }
    if not isinstance(company_id, Unset):
        _json["company_id"] = company_id
    if not isinstance(default_payment_method_id, Unset):
        _json["default_payment_method_id"] = default_payment_method_id
    if not isinstance(provider_type, Unset):
        _json["provider_type"] = provider_type
    return PreparedRequest(
        method="POST",
        path="/billing/customer/upsert",
        operation="upsertBillingCustomer",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertBillingCustomerResponse:
    """Parse a successful `upsert_billing_customer` response into its typed model, UpsertBillingCustomerResponse."""
    return UpsertBillingCustomerResponse.from_dict(response.json())
