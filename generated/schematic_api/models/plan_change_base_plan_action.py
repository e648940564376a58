from typing import Literal, cast

PlanChangeBasePlanAction = Literal["fallback", "initial", "trait", "trial_expiry"]

PLAN_CHANGE_BASE_PLAN_ACTION_VALUES: set[PlanChangeBasePlanAction] = {
    "fallback",
    "initial",
    "trait",
    "trial_expiry",
}


def check_plan_change_base_plan_action(value: str) -> PlanChangeBasePlanAction:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanChangeBasePlanAction, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_CHANGE_BASE_PLAN_ACTION_VALUES!r}")
