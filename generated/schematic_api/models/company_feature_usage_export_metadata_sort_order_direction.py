from typing import Literal, cast

CompanyFeatureUsageExportMetadataSortOrderDirection = Literal["asc", "desc"]

COMPANY_FEATURE_USAGE_EXPORT_METADATA_SORT_ORDER_DIRECTION_VALUES: set[
    CompanyFeatureUsageExportMetadataSortOrderDirection
] = {
    "asc",
    "desc",
}


def check_company_feature_usage_export_metadata_sort_order_direction(
    value: str,
) -> CompanyFeatureUsageExportMetadataSortOrderDirection:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CompanyFeatureUsageExportMetadataSortOrderDirection, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_FEATURE_USAGE_EXPORT_METADATA_SORT_ORDER_DIRECTION_VALUES!r}"
    )
