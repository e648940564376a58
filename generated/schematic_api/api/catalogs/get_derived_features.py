"""`GET /catalogs/{catalog_id}/features` (get_derived_features): Get derived features."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_derived_features_response import GetDerivedFeaturesResponse


def build_request(
    *,
    catalog_id: str,
) -> PreparedRequest:
    """Get derived features: the request, described but not sent.

    `GET /catalogs/{catalog_id}/features`

    Args:
        catalog_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/catalogs/{catalog_id}/features".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        operation="getDerivedFeatures",
    )


def parse_response(response: httpx.Response) -> GetDerivedFeaturesResponse:
    """Parse a successful `get_derived_features` response into its typed model, GetDerivedFeaturesResponse."""
    return GetDerivedFeaturesResponse.from_dict(response.json())
