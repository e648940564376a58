"""`DELETE /environments/{environment_id}` (delete_environment): Delete environment."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_environment_response import DeleteEnvironmentResponse


def build_request(
    *,
    environment_id: str,
) -> PreparedRequest:
    """Delete environment: the request, described but not sent.

    `DELETE /environments/{environment_id}`

    Args:
        environment_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/environments/{environment_id}".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
        operation="deleteEnvironment",
    )


def parse_response(response: httpx.Response) -> DeleteEnvironmentResponse:
    """Parse a successful `delete_environment` response into its typed model, DeleteEnvironmentResponse."""
    return DeleteEnvironmentResponse.from_dict(response.json())
