from typing import Literal, cast

IntegrationState = Literal["active", "created", "pending"]

INTEGRATION_STATE_VALUES: set[IntegrationState] = {
    "active",
    "created",
    "pending",
}


def check_integration_state(value: str) -> IntegrationState:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(IntegrationState, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEGRATION_STATE_VALUES!r}")
