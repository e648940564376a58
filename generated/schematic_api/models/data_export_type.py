from typing import Literal, cast

DataExportType = Literal["audit-log", "company-feature-usage", "event"]

DATA_EXPORT_TYPE_VALUES: set[DataExportType] = {
    "audit-log",
    "company-feature-usage",
    "event",
}


def check_data_export_type(value: str) -> DataExportType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(DataExportType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_EXPORT_TYPE_VALUES!r}")
