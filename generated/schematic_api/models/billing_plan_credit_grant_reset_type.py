from typing import Literal, cast

BillingPlanCreditGrantResetType = Literal["no_reset", "plan_period"]

BILLING_PLAN_CREDIT_GRANT_RESET_TYPE_VALUES: set[BillingPlanCreditGrantResetType] = {
    "no_reset",
    "plan_period",
}


def check_billing_plan_credit_grant_reset_type(value: str) -> BillingPlanCreditGrantResetType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingPlanCreditGrantResetType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PLAN_CREDIT_GRANT_RESET_TYPE_VALUES!r}")
