from typing import Literal, cast

BillingCreditGrantReason = Literal["adjustment", "billing_credit_auto_topup", "free", "plan", "purchased", "rollover"]

BILLING_CREDIT_GRANT_REASON_VALUES: set[BillingCreditGrantReason] = {
    "adjustment",
    "billing_credit_auto_topup",
    "free",
    "plan",
    "purchased",
    "rollover",
}


def check_billing_credit_grant_reason(value: str) -> BillingCreditGrantReason:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCreditGrantReason, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_CREDIT_GRANT_REASON_VALUES!r}")
