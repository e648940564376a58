from typing import Literal, cast

BillingCreditBundleStatus = Literal["active", "inactive"]

BILLING_CREDIT_BUNDLE_STATUS_VALUES: set[BillingCreditBundleStatus] = {
    "active",
    "inactive",
}


def check_billing_credit_bundle_status(value: str) -> BillingCreditBundleStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCreditBundleStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_CREDIT_BUNDLE_STATUS_VALUES!r}")
