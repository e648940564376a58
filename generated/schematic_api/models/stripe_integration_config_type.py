from typing import Literal, cast

StripeIntegrationConfigType = Literal["stripe"]

STRIPE_INTEGRATION_CONFIG_TYPE_VALUES: set[StripeIntegrationConfigType] = {
    "stripe",
}


def check_stripe_integration_config_type(value: str) -> StripeIntegrationConfigType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(StripeIntegrationConfigType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STRIPE_INTEGRATION_CONFIG_TYPE_VALUES!r}")
