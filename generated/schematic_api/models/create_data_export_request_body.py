from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_export_output_file_type import DataExportOutputFileType, check_data_export_output_file_type
from ..models.data_export_type import DataExportType, check_data_export_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_export_metadata import AuditLogExportMetadata
    from ..models.company_feature_usage_export_metadata import CompanyFeatureUsageExportMetadata
    from ..models.event_export_metadata import EventExportMetadata


T = TypeVar("T", bound="CreateDataExportRequestBody")


@_attrs_define
class CreateDataExportRequestBody:
    """The `CreateDataExportRequestBody` object of the API.

    Attributes:
        export_type (DataExportType)
        output_file_type (DataExportOutputFileType)
        metadata (AuditLogExportMetadata | CompanyFeatureUsageExportMetadata | EventExportMetadata | Unset)
    """

    export_type: DataExportType

    output_file_type: DataExportOutputFileType

    metadata: AuditLogExportMetadata | CompanyFeatureUsageExportMetadata | EventExportMetadata | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_log_export_metadata import AuditLogExportMetadata  # noqa: PLC0415
        from ..models.company_feature_usage_export_metadata import CompanyFeatureUsageExportMetadata  # noqa: PLC0415

        export_type: str = self.export_type

        output_file_type: str = self.output_file_type

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
                "export_type": export_type,
                "output_file_type": output_file_type,
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
        export_type = check_data_export_type(d.pop("export_type"))

        output_file_type = check_data_export_output_file_type(d.pop("output_file_type"))

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

        create_data_export_request_body = cls(
            export_type=export_type,
            output_file_type=output_file_type,
            metadata=metadata,
        )

        create_data_export_request_body.additional_properties = d
        return create_data_export_request_body

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
