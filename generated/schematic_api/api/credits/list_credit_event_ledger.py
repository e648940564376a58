"""`GET /v2/billing/credits/ledger` (list_credit_event_ledger): List credit event ledger."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_credit_event_ledger_response import ListCreditEventLedgerResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.credit_event_type import CreditEventType


def build_request(
    *,
    billing_credit_id: str | Unset = UNSET,
    company_id: str,
    end_time: str | Unset = UNSET,
    event_type: CreditEventType | Unset = UNSET,
    feature_id: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List credit event ledger: the request, described but not sent.

    `GET /v2/billing/credits/ledger`

    Args:
        billing_credit_id (str, optional)
        company_id (str)
        end_time (str, optional)
        event_type (CreditEventType, optional)
        feature_id (str, optional)
        start_time (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("billing_credit_id", billing_credit_id)
    params += query_pairs("company_id", company_id)
    params += query_pairs("end_time", end_time)
    params += query_pairs("event_type", event_type)
    params += query_pairs("feature_id", feature_id)
    params += query_pairs("start_time", start_time)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/v2/billing/credits/ledger",
        operation="listCreditEventLedger",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListCreditEventLedgerResponse:
    """Parse a successful `list_credit_event_ledger` response into its typed model, ListCreditEventLedgerResponse."""
    return ListCreditEventLedgerResponse.from_dict(response.json())
