"""`PUT /catalogs/{catalog_id}` (update_catalog): Update catalog."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_catalog_response import UpdateCatalogResponse
from ...types import UNSET, Unset


def build_request(
    *,
    catalog_id: str,
    description: str | None | Unset = UNSET,
    is_default: bool | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Update catalog: the request, described but not sent.

    `PUT /catalogs/{catalog_id}`

    Args:
        catalog_id (str)
        description (str | None, optional)
        is_default (bool | None, optional)
        name (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(description, Unset):
        _json["description"] = description
    if not isinstance(is_default, Unset):
        _json["is_default"] = is_default
    if not isinstance(name, Unset):
        _json["name"] = name
    return PreparedRequest(
        method="PUT",
        path="/catalogs/{catalog_id}".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        operation="updateCatalog",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateCatalogResponse:
    """Parse a successful `update_catalog` response into its typed model, UpdateCatalogResponse."""
    return UpdateCatalogResponse.from_dict(response.json())
