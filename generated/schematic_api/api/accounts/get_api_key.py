"""`GET /api-keys/{api_key_id}` (get_api_key): Get api key."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_api_key_response import GetApiKeyResponse


def build_request(
    *,
    api_key_id: str,
) -> PreparedRequest:
    """Get api key: the request, described but not sent.

    `GET /api-keys/{api_key_id}`

    Args:
        api_key_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/api-keys/{api_key_id}".format(
            api_key_id=quote(str(api_key_id), safe=""),
        ),
        operation="getApiKey",
    )


def parse_response(response: httpx.Response) -> GetApiKeyResponse:
    """Parse a successful `get_api_key` response into its typed model, GetApiKeyResponse."""
    return GetApiKeyResponse.from_dict(response.json())
