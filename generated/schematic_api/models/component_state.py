from typing import Literal, cast

ComponentState = Literal["draft", "live"]

COMPONENT_STATE_VALUES: set[ComponentState] = {
    "draft",
    "live",
}


def check_component_state(value: str) -> ComponentState:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ComponentState, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPONENT_STATE_VALUES!r}")
