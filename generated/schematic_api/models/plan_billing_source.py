from typing import Literal, cast

PlanBillingSource = Literal["custom_plan", "manage_plan"]

PLAN_BILLING_SOURCE_VALUES: set[PlanBillingSource] = {
    "custom_plan",
    "manage_plan",
}


def check_plan_billing_source(value: str) -> PlanBillingSource:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanBillingSource, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_BILLING_SOURCE_VALUES!r}")
