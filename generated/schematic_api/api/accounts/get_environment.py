"""`GET /environments/{environment_id}` (get_environment): Get environment."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_environment_response import GetEnvironmentResponse


def build_request(
    *,
    environment_id: str,
) -> PreparedRequest:
    """Get environment: the request, described but not sent.

    `GET /environments/{environment_id}`

    Args:
        environment_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/environments/{environment_id}".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
        operation="getEnvironment",
    )


def parse_response(response: httpx.Response) -> GetEnvironmentResponse:
    """Parse a successful `get_environment` response into its typed model, GetEnvironmentResponse."""
    return GetEnvironmentResponse.from_dict(response.json())
