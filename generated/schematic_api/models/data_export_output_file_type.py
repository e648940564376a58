from typing import Literal, cast

DataExportOutputFileType = Literal["csv", "csv.gz"]

DATA_EXPORT_OUTPUT_FILE_TYPE_VALUES: set[DataExportOutputFileType] = {
    "csv",
    "csv.gz",
}


def check_data_export_output_file_type(value: str) -> DataExportOutputFileType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(DataExportOutputFileType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_EXPORT_OUTPUT_FILE_TYPE_VALUES!r}")
