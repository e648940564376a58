from typing import Literal, cast

BillingProductPriceInterval = Literal["day", "month", "one-time", "year"]

BILLING_PRODUCT_PRICE_INTERVAL_VALUES: set[BillingProductPriceInterval] = {
    "day",
    "month",
    "one-time",
    "year",
}


def check_billing_product_price_interval(value: str) -> BillingProductPriceInterval:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingProductPriceInterval, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PRODUCT_PRICE_INTERVAL_VALUES!r}")
