"""`GET /components/{component_id}` (get_component): Get component."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_component_response import GetComponentResponse


def build_request(
    *,
    component_id: str,
) -> PreparedRequest:
    """Get component: the request, described but not sent.

    `GET /components/{component_id}`

    Args:
        component_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/components/{component_id}".format(
            component_id=quote(str(component_id), safe=""),
        ),
        operation="getComponent",
    )


def parse_response(response: httpx.Response) -> GetComponentResponse:
    """Parse a successful `get_component` response into its typed model, GetComponentResponse."""
    return GetComponentResponse.from_dict(response.json())
