"""`DELETE /api-keys/{api_key_id}` (delete_api_key): Delete api key."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_api_key_response import DeleteApiKeyResponse


def build_request(
    *,
    api_key_id: str,
) -> PreparedRequest:
    """Delete api key: the request, described but not sent.

    `DELETE /api-keys/{api_key_id}`

    Args:
        api_key_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/api-keys/{api_key_id}".format(
            api_key_id=quote(str(api_key_id), safe=""),
        ),
        operation="deleteApiKey",
    )


def parse_response(response: httpx.Response) -> DeleteApiKeyResponse:
    """Parse a successful `delete_api_key` response into its typed model, DeleteApiKeyResponse."""
    return DeleteApiKeyResponse.from_dict(response.json())
