"""`GET /billing/credits/bundles/count` (count_credit_bundles): Count credit bundles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_credit_bundles_response import CountCreditBundlesResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_credit_bundle_status import BillingCreditBundleStatus
    from ...models.billing_credit_bundle_type import BillingCreditBundleType


def build_request(
    *,
    ids: Sequence[str] | Unset = UNSET,
    credit_id: str | Unset = UNSET,
    status: BillingCreditBundleStatus | Unset = UNSET,
    bundle_type: BillingCreditBundleType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count credit bundles: the request, described but not sent.

    `GET /billing/credits/bundles/count`

    Args:
        ids (Sequence[str], optional)
        credit_id (str, optional)
        status (BillingCreditBundleStatus, optional)
        bundle_type (BillingCreditBundleType, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("ids", ids)
    params += query_pairs("credit_id", credit_id)
    params += query_pairs("status", status)
    params += query_pairs("bundle_type", bundle_type)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/billing/credits/bundles/count",
        operation="countCreditBundles",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountCreditBundlesResponse:
    """Parse a successful `count_credit_bundles` response into its typed model, CountCreditBundlesResponse."""
    return CountCreditBundlesResponse.from_dict(response.json())
