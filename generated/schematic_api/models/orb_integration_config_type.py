from typing import Literal, cast

OrbIntegrationConfigType = Literal["orb"]

ORB_INTEGRATION_CONFIG_TYPE_VALUES: set[OrbIntegrationConfigType] = {
    "orb",
}


def check_orb_integration_config_type(value: str) -> OrbIntegrationConfigType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(OrbIntegrationConfigType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORB_INTEGRATION_CONFIG_TYPE_VALUES!r}")
