from typing import Literal, cast

BillingCreditRolloverPolicy = Literal["expire", "none", "rollover"]

BILLING_CREDIT_ROLLOVER_POLICY_VALUES: set[BillingCreditRolloverPolicy] = {
    "expire",
    "none",
    "rollover",
}


def check_billing_credit_rollover_policy(value: str) -> BillingCreditRolloverPolicy:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCreditRolloverPolicy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_CREDIT_ROLLOVER_POLICY_VALUES!r}")
