"""`GET /licenses` (list_licenses): List licenses."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_licenses_response import ListLicensesResponse
from ...types import UNSET, Unset


def build_request(
    *,
    feature_ids: Sequence[str] | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List licenses: the request, described but not sent.

    `GET /licenses`

    Args:
        feature_ids (Sequence[str], optional)
        ids (Sequence[str], optional)
        name (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("feature_ids", feature_ids)
    params += query_pairs("ids", ids)
    params += query_pairs("name", name)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/licenses",
        operation="listLicenses",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListLicensesResponse:
    """Parse a successful `list_licenses` response into its typed model, ListLicensesResponse."""
    return ListLicensesResponse.from_dict(response.json())
