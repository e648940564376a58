"""`POST /catalogs` (create_catalog): Create catalog."""

from __future__ import annotations

from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_catalog_response import CreateCatalogResponse
from ...types import UNSET, Unset


def build_request(
    *,
    name: str,
    description: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Create catalog: the request, described but not sent.

    `POST /catalogs`

    Args:
        name (str)
        description (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "name": name,
    }
    if not isinstance(description, Unset):
        _json["description"] = description
    return PreparedRequest(
        method="POST",
        path="/catalogs",
        operation="createCatalog",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateCatalogResponse:
    """Parse a successful `create_catalog` response into its typed model, CreateCatalogResponse."""
    return CreateCatalogResponse.from_dict(response.json())
