"""`PUT /api-keys/{api_key_id}` (update_api_key): Update api key."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_api_key_response import UpdateApiKeyResponse
from ...types import UNSET, Unset


def build_request(
    *,
    api_key_id: str,
    description: str | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    rate_limit_percent: int | None | Unset = UNSET,
) -> PreparedRequest:
    """Update api key: the request, described but not sent.

    `PUT /api-keys/{api_key_id}`

    Args:
        api_key_id (str)
        description (str | None, optional)
        name (str | None, optional)
        rate_limit_percent (int | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(description, Unset):
        _json["description"] = description
    if not isinstance(name, Unset):
        _json["name"] = name
    if not isinstance(rate_limit_percent, Unset):
        _json["rate_limit_percent"] = rate_limit_percent
    return PreparedRequest(
        method="PUT",
        path="/api-keys/{api_key_id}".format(
            api_key_id=quote(str(api_key_id), safe=""),
        ),
        operation="updateApiKey",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateApiKeyResponse:
    """Parse a successful `update_api_key` response into its typed model, UpdateApiKeyResponse."""
    return UpdateApiKeyResponse.from_dict(response.json())
