from typing import Literal, cast

PlanCreditGrantScaling = Literal["fixed", "per_license"]

PLAN_CREDIT_GRANT_SCALING_VALUES: set[PlanCreditGrantScaling] = {
    "fixed",
    "per_license",
}


def check_plan_credit_grant_scaling(value: str) -> PlanCreditGrantScaling:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanCreditGrantScaling, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_CREDIT_GRANT_SCALING_VALUES!r}")
