from typing import Literal, cast

MetronomeIntegrationConfigType = Literal["metronome"]

METRONOME_INTEGRATION_CONFIG_TYPE_VALUES: set[MetronomeIntegrationConfigType] = {
    "metronome",
}


def check_metronome_integration_config_type(value: str) -> MetronomeIntegrationConfigType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(MetronomeIntegrationConfigType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRONOME_INTEGRATION_CONFIG_TYPE_VALUES!r}")
