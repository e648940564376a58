"""`GET /company-subscriptions` (get_active_company_subscription): Get active company subscription."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_active_company_subscription_response import GetActiveCompanySubscriptionResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str | Unset = UNSET,
    company_ids: Sequence[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Get active company subscription: the request, described but not sent.

    `GET /company-subscriptions`

    Args:
        company_id (str, optional)
        company_ids (Sequence[str], optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("company_ids", company_ids)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/company-subscriptions",
        operation="getActiveCompanySubscription",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetActiveCompanySubscriptionResponse:
    """Parse a successful `get_active_company_subscription` response into its typed model, GetActiveCompanySubscriptionResponse."""
    return GetActiveCompanySubscriptionResponse.from_dict(response.json())
