"""`POST /api-keys` (create_api_key): Create api key."""

from __future__ import annotations

from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_api_key_response import CreateApiKeyResponse
from ...types import UNSET, Unset


def build_request(
    *,
    name: str,
    description: str | None | Unset = UNSET,
    environment_id: str | None | Unset = UNSET,
    rate_limit_percent: int | None | Unset = UNSET,
    readonly: bool | None | Unset = UNSET,
) -> PreparedRequest:
    """Create api key: the request, described but not sent.

    `POST /api-keys`

    Args:
        name (str)
        description (str | None, optional)
        environment_id (str | None, optional)
        rate_limit_percent (int | None, optional)
        readonly (bool | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "name": name,
    }
    if not isinstance(description, Unset):
        _json["description"] = description
    if not isinstance(environment_id, Unset):
        _json["environment_id"] = environment_id
    if not isinstance(rate_limit_percent, Unset):
        _json["rate_limit_percent"] = rate_limit_percent
    if not isinstance(readonly, Unset):
        _json["readonly"] = readonly
    return PreparedRequest(
        method="POST",
        path="/api-keys",
        operation="createApiKey",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateApiKeyResponse:
    """Parse a successful `create_api_key` response into its typed model, CreateApiKeyResponse."""
    return CreateApiKeyResponse.from_dict(response.json())
