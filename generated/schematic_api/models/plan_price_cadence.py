from typing import Literal, cast

PlanPriceCadence = Literal["monthly", "quarterly", "yearly"]

PLAN_PRICE_CADENCE_VALUES: set[PlanPriceCadence] = {
    "monthly",
    "quarterly",
    "yearly",
}


def check_plan_price_cadence(value: str) -> PlanPriceCadence:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanPriceCadence, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_PRICE_CADENCE_VALUES!r}")
