"""`PUT /components/{component_id}/catalog` (bind_catalog): Bind catalog."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.bind_catalog_response import BindCatalogResponse
from ...types import UNSET, Unset


def build_request(
    *,
    component_id: str,
    catalog_id: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Bind catalog: the request, described but not sent.

    `PUT /components/{component_id}/catalog`

    Args:
        component_id (str)
        catalog_id (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(catalog_id, Unset):
        _json["catalog_id"] = catalog_id
    return PreparedRequest(
        method="PUT",
        path="/components/{component_id}/catalog".format(
            component_id=quote(str(component_id), safe=""),
        ),
        operation="bindCatalog",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> BindCatalogResponse:
    """Parse a successful `bind_catalog` response into its typed model, BindCatalogResponse."""
    return BindCatalogResponse.from_dict(response.json())
