from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_export_output_file_type import DataExportOutputFileType, check_data_export_output_file_type
from ..models.data_export_status import DataExportStatus, check_data_export_status
from ..models.data_export_type import DataExportType, check_data_export_type
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.audit_log_export_metadata import AuditLogExportMetadata
    from ..models.company_feature_usage_export_metadata import CompanyFeatureUsageExportMetadata
    from ..models.event_export_metadata import EventExportMetadata


T = TypeVar("T", bound="DataExportResponseData")


@_attrs_define
class DataExportResponseData:
    """The `DataExportResponseData` object of the API.

    Attributes:
        account_id (str)
        created_at (datetime.datetime)
        environment_id (str)
        export_type (DataExportType)
        id (str)
        output_file_type (DataExportOutputFileType)
        status (DataExportStatus)
        updated_at (datetime.datetime)
        metadata (AuditLogExportMetadata | CompanyFeatureUsageExportMetadata | EventExportMetadata | Unset)
    """

    account_id: str

    created_at: datetime.datetime

    environment_id: str

    export_type: DataExportType

    id: str

    output_file_type: DataExportOutputFileType

    status: DataExportStatus

    updated_at: datetime.datetime

    metadata: AuditLogExportMetadata | CompanyFeatureUsageExportMetadata | EventExportMetadata | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_log_export_metadata import AuditLogExportMetadata  # noqa: PLC0415
        from ..models.company_feature_usage_export_metadata import CompanyFeatureUsageExportMetadata  # noqa: PLC0415

        account_id = self.account_id

        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        export_type: str = self.export_type

        id = self.id

        output_file_type: str = self.output_file_type

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CompanyFeatureUsageExportMetadata):
            metadata = self.metadata.to_dict()
        elif isinstance(self.metadata, AuditLogExportMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "created_at": created_at,
                "environment_id": environment_id,
                "export_type": export_type,
                "id": id,
                "output_file_type": output_file_type,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_log_export_metadata import AuditLogExportMetadata  # noqa: PLC0415
        from ..models.company_feature_usage_export_metadata import CompanyFeatureUsageExportMetadata  # noqa: PLC0415
        from ..models.event_export_metadata import EventExportMetadata  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        created_at = parse_datetime(d.pop("created_at"))

        environment_id = d.pop("environment_id")

        export_type = check_data_export_type(d.pop("export_type"))

        id = d.pop("id")

        output_file_type = check_data_export_output_file_type(d.pop("output_file_type"))

        status = check_data_export_status(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_metadata(
            data: object,
        ) -> AuditLogExportMetadata | CompanyFeatureUsageExportMetadata | EventExportMetadata | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return CompanyFeatureUsageExportMetadata.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return AuditLogExportMetadata.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            return EventExportMetadata.from_dict(data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        data_export_response_data = cls(
            account_id=account_id,
            created_at=created_at,
            environment_id=environment_id,
            export_type=export_type,
            id=id,
            output_file_type=output_file_type,
            status=status,
            updated_at=updated_at,
            metadata=metadata,
        )

        data_export_response_data.additional_properties = d
        return data_export_response_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
