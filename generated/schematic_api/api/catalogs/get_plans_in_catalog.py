"""`GET /catalogs/{catalog_id}/plans` (get_plans_in_catalog): Get plans in catalog."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_plans_in_catalog_response import GetPlansInCatalogResponse


def build_request(
    *,
    catalog_id: str,
) -> PreparedRequest:
    """Get plans in catalog: the request, described but not sent.

    `GET /catalogs/{catalog_id}/plans`

    Args:
        catalog_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/catalogs/{catalog_id}/plans".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        operation="getPlansInCatalog",
    )


def parse_response(response: httpx.Response) -> GetPlansInCatalogResponse:
    """Parse a successful `get_plans_in_catalog` response into its typed model, GetPlansInCatalogResponse."""
    return GetPlansInCatalogResponse.from_dict(response.json())
