"""`DELETE /catalogs/{catalog_id}` (delete_catalog): Delete catalog."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_catalog_response import DeleteCatalogResponse


def build_request(
    *,
    catalog_id: str,
) -> PreparedRequest:
    """Delete catalog: the request, described but not sent.

    `DELETE /catalogs/{catalog_id}`

    Args:
        catalog_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/catalogs/{catalog_id}".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        operation="deleteCatalog",
    )


def parse_response(response: httpx.Response) -> DeleteCatalogResponse:
    """Parse a successful `delete_catalog` response into its typed model, DeleteCatalogResponse."""
    return DeleteCatalogResponse.from_dict(response.json())
