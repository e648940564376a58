from typing import Literal, cast

BillingCreditGrantZeroedOutReason = Literal[
    "customer_archived",
    "expired",
    "integration_uninstalled",
    "license_retired",
    "manual",
    "plan_change",
    "plan_period_reset",
    "reconciled",
]

BILLING_CREDIT_GRANT_ZEROED_OUT_REASON_VALUES: set[BillingCreditGrantZeroedOutReason] = {
    "customer_archived",
    "expired",
    "integration_uninstalled",
    "license_retired",
    "manual",
    "plan_change",
    "plan_period_reset",
    "reconciled",
}


def check_billing_credit_grant_zeroed_out_reason(value: str) -> BillingCreditGrantZeroedOutReason:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCreditGrantZeroedOutReason, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_CREDIT_GRANT_ZEROED_OUT_REASON_VALUES!r}")
