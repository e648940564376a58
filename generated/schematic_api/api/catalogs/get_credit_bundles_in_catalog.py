"""`GET /catalogs/{catalog_id}/credit-bundles` (get_credit_bundles_in_catalog): Get credit bundles in catalog."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_credit_bundles_in_catalog_response import GetCreditBundlesInCatalogResponse


def build_request(
    *,
    catalog_id: str,
) -> PreparedRequest:
    """Get credit bundles in catalog: the request, described but not sent.

    `GET /catalogs/{catalog_id}/credit-bundles`

    Args:
        catalog_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/catalogs/{catalog_id}/credit-bundles".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        operation="getCreditBundlesInCatalog",
    )


def parse_response(response: httpx.Response) -> GetCreditBundlesInCatalogResponse:
    """Parse a successful `get_credit_bundles_in_catalog` response into its typed model, GetCreditBundlesInCatalogResponse."""
    return GetCreditBundlesInCatalogResponse.from_dict(response.json())
