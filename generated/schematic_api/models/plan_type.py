from typing import Literal, cast

PlanType = Literal["add_on", "plan"]

PLAN_TYPE_VALUES: set[PlanType] = {
    "add_on",
    "plan",
}


def check_plan_type(value: str) -> PlanType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_TYPE_VALUES!r}")
