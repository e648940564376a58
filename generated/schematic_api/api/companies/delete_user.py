"""`DELETE /users/{user_id}` (delete_user): Delete a user."""

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_user_response import DeleteUserResponse


def build_request(
    *,
    user_id: str,
) -> PreparedRequest:
    """Describe the `delete_user` request for the given arguments."""
    return PreparedRequest(
        method="DELETE",
        path="/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        operation="deleteUser",
    )


def parse_response(response: httpx.Response) -> DeleteUserResponse:
    """Parse a successful `delete_user` response into its typed model."""
    response_200 = DeleteUserResponse.from_dict(response.json())

    return response_200
