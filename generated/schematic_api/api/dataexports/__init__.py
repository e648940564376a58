"""The `dataexports` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.audit_log_export_metadata import AuditLogExportMetadata
    from ...models.company_feature_usage_export_metadata import CompanyFeatureUsageExportMetadata
    from ...models.create_data_export_response import CreateDataExportResponse
    from ...models.data_export_output_file_type import DataExportOutputFileType
    from ...models.data_export_status import DataExportStatus
    from ...models.data_export_type import DataExportType
    from ...models.event_export_metadata import EventExportMetadata
    from ...models.get_data_export_response import GetDataExportResponse
    from ...models.list_data_exports_response import ListDataExportsResponse


class DataexportsResource:
    """Operations tagged `dataexports`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create_data_export(
        self,
        *,
        export_type: DataExportType,
        output_file_type: DataExportOutputFileType,
        metadata: CompanyFeatureUsageExportMetadata
        | Mapping[str, Any]
        | AuditLogExportMetadata
        | EventExportMetadata
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateDataExportResponse:
        """Create data export.

        `POST /data-exports`

        Args:
            export_type (DataExportType)
            output_file_type (DataExportOutputFileType)
            metadata (CompanyFeatureUsageExportMetadata | Mapping[str, Any] | AuditLogExportMetadata |
                EventExportMetadata, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateDataExportResponse: the response envelope; `.data` is DataExportResponseData.
        """
        from . import create_data_export as _operation

        return self._requester.request(
            _operation.build_request(
                export_type=export_type,
                output_file_type=output_file_type,
                metadata=metadata,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_data_export(
        self,
        *,
        data_export_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetDataExportResponse:
        """Get data export.

        `GET /data-exports/{data_export_id}`

        Args:
            data_export_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetDataExportResponse: the response envelope; `.data` is DataExportResponseData.
        """
        from . import get_data_export as _operation

        return self._requester.request(
            _operation.build_request(
                data_export_id=data_export_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_data_export_artifact(
        self,
        *,
        data_export_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Download the file a data export produced.

        `GET /data-exports/{data_export_id}/artifact`

        Args:
            data_export_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            bytes: the file's content.
        """
        from . import get_data_export_artifact as _operation

        return self._requester.request(
            _operation.build_request(
                data_export_id=data_export_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_data_exports(
        self,
        *,
        export_type: DataExportType | Unset = UNSET,
        status: DataExportStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListDataExportsResponse:
        """List data exports.

        `GET /data-exports`

        Args:
            export_type (DataExportType, optional)
            status (DataExportStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListDataExportsResponse: the response envelope; `.data` is list[DataExportResponseData].
        """
        from . import list_data_exports as _operation

        return self._requester.request(
            _operation.build_request(
                export_type=export_type,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncDataexportsResource:
    """Operations tagged `dataexports` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create_data_export(
        self,
        *,
        export_type: DataExportType,
        output_file_type: DataExportOutputFileType,
        metadata: CompanyFeatureUsageExportMetadata
        | Mapping[str, Any]
        | AuditLogExportMetadata
        | EventExportMetadata
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateDataExportResponse:
        """Create data export.

        `POST /data-exports`

        Args:
            export_type (DataExportType)
            output_file_type (DataExportOutputFileType)
            metadata (CompanyFeatureUsageExportMetadata | Mapping[str, Any] | AuditLogExportMetadata |
                EventExportMetadata, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateDataExportResponse: the response envelope; `.data` is DataExportResponseData.
        """
        from . import create_data_export as _operation

        return await self._requester.request(
            _operation.build_request(
                export_type=export_type,
                output_file_type=output_file_type,
                metadata=metadata,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_data_export(
        self,
        *,
        data_export_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetDataExportResponse:
        """Get data export.

        `GET /data-exports/{data_export_id}`

        Args:
            data_export_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetDataExportResponse: the response envelope; `.data` is DataExportResponseData.
        """
        from . import get_data_export as _operation

        return await self._requester.request(
            _operation.build_request(
                data_export_id=data_export_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_data_export_artifact(
        self,
        *,
        data_export_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Download the file a data export produced.

        `GET /data-exports/{data_export_id}/artifact`

        Args:
            data_export_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            bytes: the file's content.
        """
        from . import get_data_export_artifact as _operation

        return await self._requester.request(
            _operation.build_request(
                data_export_id=data_export_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_data_exports(
        self,
        *,
        export_type: DataExportType | Unset = UNSET,
        status: DataExportStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListDataExportsResponse:
        """List data exports.

        `GET /data-exports`

        Args:
            export_type (DataExportType, optional)
            status (DataExportStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListDataExportsResponse: the response envelope; `.data` is list[DataExportResponseData].
        """
        from . import list_data_exports as _operation

        return await self._requester.request(
            _operation.build_request(
                export_type=export_type,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )
