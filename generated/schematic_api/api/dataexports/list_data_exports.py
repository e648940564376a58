"""`GET /data-exports` (list_data_exports): List data exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_data_exports_response import ListDataExportsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.data_export_status import DataExportStatus
    from ...models.data_export_type import DataExportType


def build_request(
    *,
    export_type: DataExportType | Unset = UNSET,
    status: DataExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List data exports: the request, described but not sent.

    `GET /data-exports`

    Args:
        export_type (DataExportType, optional)
        status (DataExportStatus, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("export_type", export_type)
    params += query_pairs("status", status)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/data-exports",
        operation="listDataExports",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListDataExportsResponse:
    """Parse a successful `list_data_exports` response into its typed model, ListDataExportsResponse."""
    return ListDataExportsResponse.from_dict(response.json())
