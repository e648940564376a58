from typing import Literal, cast

IntegrationType = Literal["clerk", "metronome", "orb", "stripe", "unknown", "workos"]

INTEGRATION_TYPE_VALUES: set[IntegrationType] = {
    "clerk",
    "metronome",
    "orb",
    "stripe",
    "unknown",
    "workos",
}


def check_integration_type(value: str) -> IntegrationType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(IntegrationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEGRATION_TYPE_VALUES!r}")
