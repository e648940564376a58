from typing import Literal, cast

EventExportMetadataEventTypesType0Item = Literal["flag_check", "identify", "inference", "track"]

EVENT_EXPORT_METADATA_EVENT_TYPES_TYPE_0_ITEM_VALUES: set[EventExportMetadataEventTypesType0Item] = {
    "flag_check",
    "identify",
    "inference",
    "track",
}


def check_event_export_metadata_event_types_type_0_item(value: str) -> EventExportMetadataEventTypesType0Item:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(EventExportMetadataEventTypesType0Item, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENT_EXPORT_METADATA_EVENT_TYPES_TYPE_0_ITEM_VALUES!r}"
    )
