from typing import Literal, cast

ClerkIntegrationConfigType = Literal["clerk"]

CLERK_INTEGRATION_CONFIG_TYPE_VALUES: set[ClerkIntegrationConfigType] = {
    "clerk",
}


def check_clerk_integration_config_type(value: str) -> ClerkIntegrationConfigType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ClerkIntegrationConfigType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLERK_INTEGRATION_CONFIG_TYPE_VALUES!r}")
