"""`DataExportMetadata`: one of `CompanyFeatureUsageExportMetadata`, `AuditLogExportMetadata`, `EventExportMetadata` (a union of the API's schemas, not a class of its own)."""

from typing import TypeAlias

from .audit_log_export_metadata import AuditLogExportMetadata
from .company_feature_usage_export_metadata import CompanyFeatureUsageExportMetadata
from .event_export_metadata import EventExportMetadata

DataExportMetadata: TypeAlias = CompanyFeatureUsageExportMetadata | AuditLogExportMetadata | EventExportMetadata
