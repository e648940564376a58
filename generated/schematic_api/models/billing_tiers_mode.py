from typing import Literal, cast

BillingTiersMode = Literal["graduated", "volume"]

BILLING_TIERS_MODE_VALUES: set[BillingTiersMode] = {
    "graduated",
    "volume",
}


def check_billing_tiers_mode(value: str) -> BillingTiersMode:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingTiersMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_TIERS_MODE_VALUES!r}")
