from typing import Literal, cast

BillingPlanCreditGrantResetStart = Literal["billing_period", "first_of_month"]

BILLING_PLAN_CREDIT_GRANT_RESET_START_VALUES: set[BillingPlanCreditGrantResetStart] = {
    "billing_period",
    "first_of_month",
}


def check_billing_plan_credit_grant_reset_start(value: str) -> BillingPlanCreditGrantResetStart:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingPlanCreditGrantResetStart, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PLAN_CREDIT_GRANT_RESET_START_VALUES!r}")
