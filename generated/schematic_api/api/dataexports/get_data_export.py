"""`GET /data-exports/{data_export_id}` (get_data_export): Get data export."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_data_export_response import GetDataExportResponse


def build_request(
    *,
    data_export_id: str,
) -> PreparedRequest:
    """Get data export: the request, described but not sent.

    `GET /data-exports/{data_export_id}`

    Args:
        data_export_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/data-exports/{data_export_id}".format(
            data_export_id=quote(str(data_export_id), safe=""),
        ),
        operation="getDataExport",
    )


def parse_response(response: httpx.Response) -> GetDataExportResponse:
    """Parse a successful `get_data_export` response into its typed model, GetDataExportResponse."""
    return GetDataExportResponse.from_dict(response.json())
