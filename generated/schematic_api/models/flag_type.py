from typing import Literal, cast

FlagType = Literal["boolean"]

FLAG_TYPE_VALUES: set[FlagType] = {
    "boolean",
}


def check_flag_type(value: str) -> FlagType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(FlagType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_TYPE_VALUES!r}")
