from typing import Literal, cast

BillingProviderType = Literal["metronome", "orb", "schematic", "stripe"]

BILLING_PROVIDER_TYPE_VALUES: set[BillingProviderType] = {
    "metronome",
    "orb",
    "schematic",
    "stripe",
}


def check_billing_provider_type(value: str) -> BillingProviderType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingProviderType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PROVIDER_TYPE_VALUES!r}")
