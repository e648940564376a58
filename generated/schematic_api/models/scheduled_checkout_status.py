from typing import Literal, cast

ScheduledCheckoutStatus = Literal["cancelled", "error", "executing", "pending", "success"]

SCHEDULED_CHECKOUT_STATUS_VALUES: set[ScheduledCheckoutStatus] = {
    "cancelled",
    "error",
    "executing",
    "pending",
    "success",
}


def check_scheduled_checkout_status(value: str) -> ScheduledCheckoutStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ScheduledCheckoutStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULED_CHECKOUT_STATUS_VALUES!r}")
