from typing import Literal, cast

DataExportStatus = Literal["failure", "pending", "success"]

DATA_EXPORT_STATUS_VALUES: set[DataExportStatus] = {
    "failure",
    "pending",
    "success",
}


def check_data_export_status(value: str) -> DataExportStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(DataExportStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_EXPORT_STATUS_VALUES!r}")
