"""`GET /company-billing-entity-subscriptions` (get_billing_entity_child_subscriptions): Get billing entity child subscriptions."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_billing_entity_child_subscriptions_response import GetBillingEntityChildSubscriptionsResponse


def build_request(
    *,
    company_id: str,
) -> PreparedRequest:
    """Get billing entity child subscriptions: the request, described but not sent.

    `GET /company-billing-entity-subscriptions`

    Args:
        company_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    return PreparedRequest(
        method="GET",
        path="/company-billing-entity-subscriptions",
        operation="getBillingEntityChildSubscriptions",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetBillingEntityChildSubscriptionsResponse:
    """Parse a successful `get_billing_entity_child_subscriptions` response into its typed model, GetBillingEntityChildSubscriptionsResponse."""
    return GetBillingEntityChildSubscriptionsResponse.from_dict(response.json())
