"""`POST /checkout-internal/data` (get_checkout_data): Get checkout data."""

from __future__ import annotations

from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.get_checkout_data_response import GetCheckoutDataResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str,
    currency: str | None | Unset = UNSET,
    selected_plan_id: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Get checkout data: the request, described but not sent.

    `POST /checkout-internal/data`

    Args:
        company_id (str)
        currency (str | None, optional)
        selected_plan_id (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "company_id": company_id,
    }
    if not isinstance(currency, Unset):
        _json["currency"] = currency
    if not isinstance(selected_plan_id, Unset):
        _json["selected_plan_id"] = selected_plan_id
    return PreparedRequest(
        method="POST",
        path="/checkout-internal/data",
        operation="getCheckoutData",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> GetCheckoutDataResponse:
    """Parse a successful `get_checkout_data` response into its typed model, GetCheckoutDataResponse."""
    return GetCheckoutDataResponse.from_dict(response.json())
