"""`POST /users/delete` (delete_user_by_keys): Delete a user found by its keys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.delete_user_by_keys_response import DeleteUserByKeysResponse


def build_request(
    *,
    keys: Mapping[str, str],
) -> PreparedRequest:
    """Delete a user found by its keys: the request, described but not sent.

    `POST /users/delete`

    Args:
        keys (Mapping[str, str])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "keys": keys,
    }
    return PreparedRequest(
        method="POST",
        path="/users/delete",
        operation="deleteUserByKeys",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> DeleteUserByKeysResponse:
    """Parse a successful `delete_user_by_keys` response into its typed model, DeleteUserByKeysResponse."""
    return DeleteUserByKeysResponse.from_dict(response.json())
