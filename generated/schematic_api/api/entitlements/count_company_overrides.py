"""`GET /company-overrides/count` (count_company_overrides): Count company overrides."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_company_overrides_response import CountCompanyOverridesResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str | Unset = UNSET,
    company_ids: Sequence[str] | Unset = UNSET,
    feature_id: str | Unset = UNSET,
    feature_ids: Sequence[str] | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    without_expired: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count company overrides: the request, described but not sent.

    `GET /company-overrides/count`

    Args:
        company_id (str, optional)
        company_ids (Sequence[str], optional)
        feature_id (str, optional)
        feature_ids (Sequence[str], optional)
        ids (Sequence[str], optional)
        without_expired (bool, optional)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("company_ids", company_ids)
    params += query_pairs("feature_id", feature_id)
    params += query_pairs("feature_ids", feature_ids)
    params += query_pairs("ids", ids)
    params += query_pairs("without_expired", without_expired)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/company-overrides/count",
        operation="countCompanyOverrides",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountCompanyOverridesResponse:
    """Parse a successful `count_company_overrides` response into its typed model, CountCompanyOverridesResponse."""
    return CountCompanyOverridesResponse.from_dict(response.json())
