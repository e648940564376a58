from typing import Literal, cast

CompanyFeatureUsageExportMetadataVisibleColumnsType0Item = Literal["last_seen_at", "plan", "subscription", "users"]

COMPANY_FEATURE_USAGE_EXPORT_METADATA_VISIBLE_COLUMNS_TYPE_0_ITEM_VALUES: set[
    CompanyFeatureUsageExportMetadataVisibleColumnsType0Item
] = {
    "last_seen_at",
    "plan",
    "subscription",
    "users",
}


def check_company_feature_usage_export_metadata_visible_columns_type_0_item(
    value: str,
) -> CompanyFeatureUsageExportMetadataVisibleColumnsType0Item:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CompanyFeatureUsageExportMetadataVisibleColumnsType0Item, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_FEATURE_USAGE_EXPORT_METADATA_VISIBLE_COLUMNS_TYPE_0_ITEM_VALUES!r}"
    )
