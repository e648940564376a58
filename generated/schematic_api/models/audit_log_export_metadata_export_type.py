from typing import Literal, cast

AuditLogExportMetadataExportType = Literal["audit-log"]

AUDIT_LOG_EXPORT_METADATA_EXPORT_TYPE_VALUES: set[AuditLogExportMetadataExportType] = {
    "audit-log",
}


def check_audit_log_export_metadata_export_type(value: str) -> AuditLogExportMetadataExportType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(AuditLogExportMetadataExportType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIT_LOG_EXPORT_METADATA_EXPORT_TYPE_VALUES!r}")
