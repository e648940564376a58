"""`PUT /environments/{environment_id}` (update_environment): Update environment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_environment_response import UpdateEnvironmentResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.environment_type import EnvironmentType


def build_request(
    *,
    environment_id: str,
    environment_type: EnvironmentType | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Update environment: the request, described but not sent.

    `PUT /environments/{environment_id}`

    Args:
        environment_id (str)
        environment_type (EnvironmentType | None, optional)
        name (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(environment_type, Unset):
        _json["environment_type"] = environment_type
    if not isinstance(name, Unset):
        _json["name"] = name
    return PreparedRequest(
        method="PUT",
        path="/environments/{environment_id}".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
        operation="updateEnvironment",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateEnvironmentResponse:
    """Parse a successful `update_environment` response into its typed model, UpdateEnvironmentResponse."""
    return UpdateEnvironmentResponse.from_dict(response.json())
