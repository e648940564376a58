from typing import Literal, cast

CustomPlanActivationStrategy = Literal["on_payment", "on_publish"]

CUSTOM_PLAN_ACTIVATION_STRATEGY_VALUES: set[CustomPlanActivationStrategy] = {
    "on_payment",
    "on_publish",
}


def check_custom_plan_activation_strategy(value: str) -> CustomPlanActivationStrategy:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CustomPlanActivationStrategy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_PLAN_ACTIVATION_STRATEGY_VALUES!r}")
