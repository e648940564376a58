from typing import Literal, cast

ComparableOperator = Literal["eq", "gt", "gte", "is_empty", "lt", "lte", "ne", "not_empty"]

COMPARABLE_OPERATOR_VALUES: set[ComparableOperator] = {
    "eq",
    "gt",
    "gte",
    "is_empty",
    "lt",
    "lte",
    "ne",
    "not_empty",
}


def check_comparable_operator(value: str) -> ComparableOperator:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ComparableOperator, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPARABLE_OPERATOR_VALUES!r}")
