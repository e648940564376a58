"""`GET /licenses/{license_id}` (get_single_license): Get single license."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_single_license_response import GetSingleLicenseResponse


def build_request(
    *,
    license_id: str,
) -> PreparedRequest:
    """Get single license: the request, described but not sent.

    `GET /licenses/{license_id}`

    Args:
        license_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/licenses/{license_id}".format(
            license_id=quote(str(license_id), safe=""),
        ),
        operation="getSingleLicense",
    )


def parse_response(response: httpx.Response) -> GetSingleLicenseResponse:
    """Parse a successful `get_single_license` response into its typed model, GetSingleLicenseResponse."""
    return GetSingleLicenseResponse.from_dict(response.json())
