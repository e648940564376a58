from typing import Literal, cast

WorkOSIntegrationConfigType = Literal["workos"]

WORK_OS_INTEGRATION_CONFIG_TYPE_VALUES: set[WorkOSIntegrationConfigType] = {
    "workos",
}


def check_work_os_integration_config_type(value: str) -> WorkOSIntegrationConfigType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(WorkOSIntegrationConfigType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORK_OS_INTEGRATION_CONFIG_TYPE_VALUES!r}")
