from typing import Literal, cast

BillingCreditExpiryType = Literal[
    "duration", "end_of_billing_period", "end_of_next_billing_period", "end_of_trial", "no_expiry"
]

BILLING_CREDIT_EXPIRY_TYPE_VALUES: set[BillingCreditExpiryType] = {
    "duration",
    "end_of_billing_period",
    "end_of_next_billing_period",
    "end_of_trial",
    "no_expiry",
}


def check_billing_credit_expiry_type(value: str) -> BillingCreditExpiryType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCreditExpiryType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_CREDIT_EXPIRY_TYPE_VALUES!r}")
