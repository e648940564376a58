from typing import Literal, cast

BillingCreditAutoTopupAvailability = Literal["automatic", "off", "user_controlled"]

BILLING_CREDIT_AUTO_TOPUP_AVAILABILITY_VALUES: set[BillingCreditAutoTopupAvailability] = {
    "automatic",
    "off",
    "user_controlled",
}


def check_billing_credit_auto_topup_availability(value: str) -> BillingCreditAutoTopupAvailability:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCreditAutoTopupAvailability, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_CREDIT_AUTO_TOPUP_AVAILABILITY_VALUES!r}")
