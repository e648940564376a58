"""`GET /users/lookup` (lookup_user): Look up a user by its keys."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.lookup_user_response import LookupUserResponse


def build_request(
    *,
    keys: Mapping[str, str],
) -> PreparedRequest:
    """Look up a user by its keys: the request, described but not sent.

    `GET /users/lookup`

    Args:
        keys (Mapping[str, str])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("keys", keys)
    return PreparedRequest(
        method="GET",
        path="/users/lookup",
        operation="lookupUser",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> LookupUserResponse:
    """Parse a successful `lookup_user` response into its typed model, LookupUserResponse."""
    return LookupUserResponse.from_dict(response.json())
