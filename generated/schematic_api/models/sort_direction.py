from typing import Literal, cast

SortDirection = Literal["asc", "desc"]

SORT_DIRECTION_VALUES: set[SortDirection] = {
    "asc",
    "desc",
}


def check_sort_direction(value: str) -> SortDirection:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(SortDirection, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORT_DIRECTION_VALUES!r}")
