from typing import Literal, cast

BillingStrategy = Literal["no_billing", "provider_managed", "schematic_managed"]

BILLING_STRATEGY_VALUES: set[BillingStrategy] = {
    "no_billing",
    "provider_managed",
    "schematic_managed",
}


def check_billing_strategy(value: str) -> BillingStrategy:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingStrategy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_STRATEGY_VALUES!r}")
