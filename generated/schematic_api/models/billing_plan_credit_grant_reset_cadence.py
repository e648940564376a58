from typing import Literal, cast

BillingPlanCreditGrantResetCadence = Literal["daily", "every_6_months", "monthly", "quarterly", "weekly", "yearly"]

BILLING_PLAN_CREDIT_GRANT_RESET_CADENCE_VALUES: set[BillingPlanCreditGrantResetCadence] = {
    "daily",
    "every_6_months",
    "monthly",
    "quarterly",
    "weekly",
    "yearly",
}


def check_billing_plan_credit_grant_reset_cadence(value: str) -> BillingPlanCreditGrantResetCadence:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingPlanCreditGrantResetCadence, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PLAN_CREDIT_GRANT_RESET_CADENCE_VALUES!r}")
