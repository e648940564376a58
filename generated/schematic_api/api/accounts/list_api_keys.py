"""`GET /api-keys` (list_api_keys): List api keys."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_api_keys_response import ListApiKeysResponse
from ...types import UNSET, Unset


def build_request(
    *,
    environment_id: str | Unset = UNSET,
    require_environment: bool,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List api keys: the request, described but not sent.

    `GET /api-keys`

    Args:
        environment_id (str, optional)
        require_environment (bool)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("environment_id", environment_id)
    params += query_pairs("require_environment", require_environment)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/api-keys",
        operation="listApiKeys",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListApiKeysResponse:
    """Parse a successful `list_api_keys` response into its typed model, ListApiKeysResponse."""
    return ListApiKeysResponse.from_dict(response.json())
