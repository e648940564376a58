"""`POST /data-exports` (create_data_export): Create data export."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_data_export_response import CreateDataExportResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.audit_log_export_metadata import AuditLogExportMetadata
    from ...models.company_feature_usage_export_metadata import CompanyFeatureUsageExportMetadata
    from ...models.data_export_output_file_type import DataExportOutputFileType
    from ...models.data_export_type import DataExportType
    from ...models.event_export_metadata import EventExportMetadata


def build_request(
    *,
    export_type: DataExportType,
    output_file_type: DataExportOutputFileType,
    metadata: CompanyFeatureUsageExportMetadata
    | Mapping[str, Any]
    | AuditLogExportMetadata
    | EventExportMetadata
    | Unset = UNSET,
) -> PreparedRequest:
    """Create data export: the request, described but not sent.

    `POST /data-exports`

    Args:
        export_type (DataExportType)
        output_file_type (DataExportOutputFileType)
        metadata (CompanyFeatureUsageExportMetadata | Mapping[str, Any] | AuditLogExportMetadata |
            EventExportMetadata, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "export_type": export_type,
        "output_file_type": output_file_type,
    }
    if not isinstance(metadata, Unset):
        _json["metadata"] = metadata
    return PreparedRequest(
        method="POST",
        path="/data-exports",
        operation="createDataExport",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateDataExportResponse:
    """Parse a successful `create_data_export` response into its typed model, CreateDataExportResponse."""
    return CreateDataExportResponse.from_dict(response.json())
