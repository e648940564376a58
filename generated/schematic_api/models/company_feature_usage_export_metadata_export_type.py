from typing import Literal, cast

CompanyFeatureUsageExportMetadataExportType = Literal["company-feature-usage"]

COMPANY_FEATURE_USAGE_EXPORT_METADATA_EXPORT_TYPE_VALUES: set[CompanyFeatureUsageExportMetadataExportType] = {
    "company-feature-usage",
}


def check_company_feature_usage_export_metadata_export_type(value: str) -> CompanyFeatureUsageExportMetadataExportType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CompanyFeatureUsageExportMetadataExportType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_FEATURE_USAGE_EXPORT_METADATA_EXPORT_TYPE_VALUES!r}"
    )
