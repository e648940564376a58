from typing import Literal, cast

CreditEventType = Literal["grant", "transfer", "usage", "zero_out"]

CREDIT_EVENT_TYPE_VALUES: set[CreditEventType] = {
    "grant",
    "transfer",
    "usage",
    "zero_out",
}


def check_credit_event_type(value: str) -> CreditEventType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CreditEventType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREDIT_EVENT_TYPE_VALUES!r}")
