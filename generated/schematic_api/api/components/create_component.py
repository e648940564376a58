"""`POST /components` (create_component): Create component."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_component_response import CreateComponentResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.component_entity_type import ComponentEntityType


def build_request(
    *,
    entity_type: ComponentEntityType,
    name: str,
    ast: Mapping[str, float] | Unset = UNSET,
) -> PreparedRequest:
    """Create component: the request, described but not sent.

    `POST /components`

    Args:
        entity_type (ComponentEntityType)
        name (str)
        ast (Mapping[str, float], optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "entity_type": entity_type,
        "name": name,
    }
    if not isinstance(ast, Unset):
        _json["ast"] = ast
    return PreparedRequest(
        method="POST",
        path="/components",
        operation="createComponent",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateComponentResponse:
    """Parse a successful `create_component` response into its typed model, CreateComponentResponse."""
    return CreateComponentResponse.from_dict(response.json())
