"""`DELETE /components/{component_id}` (delete_component): Delete component."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_component_response import DeleteComponentResponse


def build_request(
    *,
    component_id: str,
) -> PreparedRequest:
    """Delete component: the request, described but not sent.

    `DELETE /components/{component_id}`

    Args:
        component_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/components/{component_id}".format(
            component_id=quote(str(component_id), safe=""),
        ),
        operation="deleteComponent",
    )


def parse_response(response: httpx.Response) -> DeleteComponentResponse:
    """Parse a successful `delete_component` response into its typed model, DeleteComponentResponse."""
    return DeleteComponentResponse.from_dict(response.json())
