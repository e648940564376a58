"""`GET /company-overrides` (list_company_overrides): List company overrides."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_company_overrides_response import ListCompanyOverridesResponse
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
    """List company overrides: the request, described but not sent.

    `GET /company-overrides`

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
        path="/company-overrides",
        operation="listCompanyOverrides",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListCompanyOverridesResponse:
    """Parse a successful `list_company_overrides` response into its typed model, ListCompanyOverridesResponse."""
    return ListCompanyOverridesResponse.from_dict(response.json())
