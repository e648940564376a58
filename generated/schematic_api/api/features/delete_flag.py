"""`DELETE /flags/{flag_id}` (delete_flag): Delete a flag."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_flag_response import DeleteFlagResponse


def build_request(
    *,
    flag_id: str,
) -> PreparedRequest:
    """Delete a flag: the request, described but not sent.

    `DELETE /flags/{flag_id}`

    Args:
        flag_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/flags/{flag_id}".format(
            flag_id=quote(str(flag_id), safe=""),
        ),
        operation="deleteFlag",
    )


def parse_response(response: httpx.Response) -> DeleteFlagResponse:
    """Parse a successful `delete_flag` response into its typed model, DeleteFlagResponse."""
    return DeleteFlagResponse.from_dict(response.json())
