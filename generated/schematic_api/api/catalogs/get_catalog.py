"""`GET /catalogs/{catalog_id}` (get_catalog): Get catalog."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_catalog_response import GetCatalogResponse


def build_request(
    *,
    catalog_id: str,
) -> PreparedRequest:
    """Get catalog: the request, described but not sent.

    `GET /catalogs/{catalog_id}`

    Args:
        catalog_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/catalogs/{catalog_id}".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        operation="getCatalog",
    )


def parse_response(response: httpx.Response) -> GetCatalogResponse:
    """Parse a successful `get_catalog` response into its typed model, GetCatalogResponse."""
    return GetCatalogResponse.from_dict(response.json())
