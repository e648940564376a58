"""`PUT /companies/{company_id}/billing-details` (update_company_billing_details): Update company billing details."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_company_billing_details_response import UpdateCompanyBillingDetailsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.checkout_field_value import CheckoutFieldValue
    from ...models.customer_billing_address import CustomerBillingAddress
    from ...models.tax_id_input import TaxIDInput


def build_request(
    *,
    company_id: str,
    values: Sequence[CheckoutFieldValue | Mapping[str, Any]],
    address: CustomerBillingAddress | Mapping[str, Any] | Unset = UNSET,
    email: str | None | Unset = UNSET,
    phone: str | None | Unset = UNSET,
    tax_id: TaxIDInput | Mapping[str, Any] | Unset = UNSET,
) -> PreparedRequest:
    """Update company billing details: the request, described but not sent.

    `PUT /companies/{company_id}/billing-details`

    Args:
        company_id (str)
        values (Sequence[CheckoutFieldValue | Mapping[str, Any]])
        address (CustomerBillingAddress | Mapping[str, Any], optional)
        email (str | None, optional)
        phone (str | None, optional)
        tax_id (TaxIDInput | Mapping[str, Any], optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "values": values,
    }
    if not isinstance(address, Unset):
        _json["address"] = address
    if not isinstance(email, Unset):
        _json["email"] = email
    if not isinstance(phone, Unset):
        _json["phone"] = phone
    if not isinstance(tax_id, Unset):
        _json["tax_id"] = tax_id
    return PreparedRequest(
        method="PUT",
        path="/companies/{company_id}/billing-details".format(
            company_id=quote(str(company_id), safe=""),
        ),
        operation="updateCompanyBillingDetails",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateCompanyBillingDetailsResponse:
    """Parse a successful `update_company_billing_details` response into its typed model, UpdateCompanyBillingDetailsResponse."""
    return UpdateCompanyBillingDetailsResponse.from_dict(response.json())
