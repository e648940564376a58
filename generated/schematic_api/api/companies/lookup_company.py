"""`GET /companies/lookup` (lookup_company): Look up a company by its keys."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.lookup_company_response import LookupCompanyResponse


def build_request(
    *,
    keys: Mapping[str, str],
) -> PreparedRequest:
    """Look up a company by its keys: the request, described but not sent.

    `GET /companies/lookup`

    Args:
        keys (Mapping[str, str])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("keys", keys)
    return PreparedRequest(
        method="GET",
        path="/companies/lookup",
        operation="lookupCompany",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> LookupCompanyResponse:
    """Parse a successful `lookup_company` response into its typed model, LookupCompanyResponse."""
    return LookupCompanyResponse.from_dict(response.json())
