from typing import Literal, cast

ScheduledDowngradeConfigBehavior = Literal["end_of_billing_period", "none"]

SCHEDULED_DOWNGRADE_CONFIG_BEHAVIOR_VALUES: set[ScheduledDowngradeConfigBehavior] = {
    "end_of_billing_period",
    "none",
}


def check_scheduled_downgrade_config_behavior(value: str) -> ScheduledDowngradeConfigBehavior:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ScheduledDowngradeConfigBehavior, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULED_DOWNGRADE_CONFIG_BEHAVIOR_VALUES!r}")
