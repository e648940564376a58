from typing import Literal, cast

EnvironmentType = Literal["development", "production", "staging"]

ENVIRONMENT_TYPE_VALUES: set[EnvironmentType] = {
    "development",
    "production",
    "staging",
}


def check_environment_type(value: str) -> EnvironmentType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(EnvironmentType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENVIRONMENT_TYPE_VALUES!r}")
