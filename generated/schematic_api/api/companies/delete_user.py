"""`DELETE /users/{user_id}` (delete_user): Delete a user."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_user_response import DeleteUserResponse


def build_request(
    *,
    user_id: str,
) -> PreparedRequest:
    """Delete a user: the request, described but not sent.

    `DELETE /users/{user_id}`

    Args:
        user_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        operation="deleteUser",
    )


def parse_response(response: httpx.Response) -> DeleteUserResponse:
    """Parse a successful `delete_user` response into its typed model, DeleteUserResponse."""
    return DeleteUserResponse.from_dict(response.json())
