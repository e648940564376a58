from typing import Literal, cast

BillingPriceScheme = Literal["per_unit", "tiered"]

BILLING_PRICE_SCHEME_VALUES: set[BillingPriceScheme] = {
    "per_unit",
    "tiered",
}


def check_billing_price_scheme(value: str) -> BillingPriceScheme:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingPriceScheme, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PRICE_SCHEME_VALUES!r}")
