from typing import Literal, cast

EventStatus = Literal["enriched", "failed", "pending", "processed", "unknown"]

EVENT_STATUS_VALUES: set[EventStatus] = {
    "enriched",
    "failed",
    "pending",
    "processed",
    "unknown",
}


def check_event_status(value: str) -> EventStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(EventStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_STATUS_VALUES!r}")
