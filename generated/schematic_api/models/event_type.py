from typing import Literal, cast

EventType = Literal["flag_check", "identify", "inference", "track"]

EVENT_TYPE_VALUES: set[EventType] = {
    "flag_check",
    "identify",
    "inference",
    "track",
}


def check_event_type(value: str) -> EventType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(EventType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_TYPE_VALUES!r}")
