"""`PUT /components/{component_id}` (update_component): Update component."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_component_response import UpdateComponentResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.component_entity_type import ComponentEntityType
    from ...models.component_state import ComponentState


def build_request(
    *,
    component_id: str,
    ast: Mapping[str, float] | Unset = UNSET,
    entity_type: ComponentEntityType | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    state: ComponentState | None | Unset = UNSET,
) -> PreparedRequest:
    """Update component: the request, described but not sent.

    `PUT /components/{component_id}`

    Args:
        component_id (str)
        ast (Mapping[str, float], optional)
        entity_type (ComponentEntityType | None, optional)
        name (str | None, optional)
        state (ComponentState | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(ast, Unset):
        _json["ast"] = ast
    if not isinstance(entity_type, Unset):
        _json["entity_type"] = entity_type
    if not isinstance(name, Unset):
        _json["name"] = name
    if not isinstance(state, Unset):
        _json["state"] = state
    return PreparedRequest(
        method="PUT",
        path="/components/{component_id}".format(
            component_id=quote(str(component_id), safe=""),
        ),
        operation="updateComponent",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateComponentResponse:
    """Parse a successful `update_component` response into its typed model, UpdateComponentResponse."""
    return UpdateComponentResponse.from_dict(response.json())
