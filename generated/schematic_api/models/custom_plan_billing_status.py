from typing import Literal, cast

CustomPlanBillingStatus = Literal["active", "expired", "paid", "pending"]

CUSTOM_PLAN_BILLING_STATUS_VALUES: set[CustomPlanBillingStatus] = {
    "active",
    "expired",
    "paid",
    "pending",
}


def check_custom_plan_billing_status(value: str) -> CustomPlanBillingStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CustomPlanBillingStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_PLAN_BILLING_STATUS_VALUES!r}")
