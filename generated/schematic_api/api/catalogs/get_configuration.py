"""`GET /catalogs/{catalog_id}/configuration` (get_configuration): Get configuration."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_configuration_response import GetConfigurationResponse


def build_request(
    *,
    catalog_id: str,
) -> PreparedRequest:
    """Get configuration: the request, described but not sent.

    `GET /catalogs/{catalog_id}/configuration`

    Args:
        catalog_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/catalogs/{catalog_id}/configuration".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        operation="getConfiguration",
    )


def parse_response(response: httpx.Response) -> GetConfigurationResponse:
    """Parse a successful `get_configuration` response into its typed model, GetConfigurationResponse."""
    return GetConfigurationResponse.from_dict(response.json())
