"""`GET /data-exports/{data_export_id}/artifact` (get_data_export_artifact): Download the file a data export produced."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest


def build_request(
    *,
    data_export_id: str,
) -> PreparedRequest:
    """Download the file a data export produced: the request, described but not sent.

    `GET /data-exports/{data_export_id}/artifact`

    Args:
        data_export_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/data-exports/{data_export_id}/artifact".format(
            data_export_id=quote(str(data_export_id), safe=""),
        ),
        operation="getDataExportArtifact",
    )


def parse_response(response: httpx.Response) -> bytes:
    """The content of a successful `get_data_export_artifact` answer, as bytes."""
    return response.content
