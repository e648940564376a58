"""`GET /users/{user_id}` (get_user): Get a user by id."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_user_response import GetUserResponse


def build_request(
    *,
    user_id: str,
) -> PreparedRequest:
    """Get a user by id: the request, described but not sent.

    `GET /users/{user_id}`

    Args:
        user_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        operation="getUser",
    )


def parse_response(response: httpx.Response) -> GetUserResponse:
    """Parse a successful `get_user` response into its typed model, GetUserResponse."""
    return GetUserResponse.from_dict(response.json())
