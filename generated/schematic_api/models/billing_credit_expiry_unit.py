from typing import Literal, cast

BillingCreditExpiryUnit = Literal["billing_periods", "days"]

BILLING_CREDIT_EXPIRY_UNIT_VALUES: set[BillingCreditExpiryUnit] = {
    "billing_periods",
    "days",
}


def check_billing_credit_expiry_unit(value: str) -> BillingCreditExpiryUnit:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCreditExpiryUnit, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_CREDIT_EXPIRY_UNIT_VALUES!r}")
