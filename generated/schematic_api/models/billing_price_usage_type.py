from typing import Literal, cast

BillingPriceUsageType = Literal["licensed", "metered"]

BILLING_PRICE_USAGE_TYPE_VALUES: set[BillingPriceUsageType] = {
    "licensed",
    "metered",
}


def check_billing_price_usage_type(value: str) -> BillingPriceUsageType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingPriceUsageType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PRICE_USAGE_TYPE_VALUES!r}")
