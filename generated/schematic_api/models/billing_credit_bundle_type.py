from typing import Literal, cast

BillingCreditBundleType = Literal["fixed"]

BILLING_CREDIT_BUNDLE_TYPE_VALUES: set[BillingCreditBundleType] = {
    "fixed",
}


def check_billing_credit_bundle_type(value: str) -> BillingCreditBundleType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCreditBundleType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_CREDIT_BUNDLE_TYPE_VALUES!r}")
