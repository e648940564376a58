from typing import Literal, cast

EventExportMetadataExportType = Literal["event"]

EVENT_EXPORT_METADATA_EXPORT_TYPE_VALUES: set[EventExportMetadataExportType] = {
    "event",
}


def check_event_export_metadata_export_type(value: str) -> EventExportMetadataExportType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(EventExportMetadataExportType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_EXPORT_METADATA_EXPORT_TYPE_VALUES!r}")
