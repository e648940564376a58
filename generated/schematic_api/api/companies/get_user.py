"""`GET /users/{user_id}` (get_user): Get a user by id."""

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_user_response import GetUserResponse


def build_request(
    *,
    user_id: str,
) -> PreparedRequest:
    """Describe the `get_user` request for the given arguments."""
    return PreparedRequest(
        method="GET",
        path="/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        operation="getUser",
    )


def parse_response(response: httpx.Response) -> GetUserResponse:
    """Parse a successful `get_user` response into its typed model."""
    response_200 = GetUserResponse.from_dict(response.json())

    return response_200
