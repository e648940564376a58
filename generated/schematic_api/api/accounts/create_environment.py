"""`POST /environments` (create_environment): Create environment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_environment_response import CreateEnvironmentResponse

if TYPE_CHECKING:
    from ...models.environment_type import EnvironmentType


def build_request(
    *,
    environment_type: EnvironmentType,
    name: str,
) -> PreparedRequest:
    """Create environment: the request, described but not sent.

    `POST /environments`

    Args:
        environment_type (EnvironmentType)
        name (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "environment_type": environment_type,
        "name": name,
    }
    return PreparedRequest(
        method="POST",
        path="/environments",
        operation="createEnvironment",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateEnvironmentResponse:
    """Parse a successful `create_environment` response into its typed model, CreateEnvironmentResponse."""
    return CreateEnvironmentResponse.from_dict(response.json())
