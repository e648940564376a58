from typing import Literal, cast

PlanChangeSubscriptionAction = Literal[
    "adjustment", "downgrade", "invalid", "subscribe", "unsubscribe", "upgrade", "upgrade_trial"
]

PLAN_CHANGE_SUBSCRIPTION_ACTION_VALUES: set[PlanChangeSubscriptionAction] = {
    "adjustment",
    "downgrade",
    "invalid",
    "subscribe",
    "unsubscribe",
    "upgrade",
    "upgrade_trial",
}


def check_plan_change_subscription_action(value: str) -> PlanChangeSubscriptionAction:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanChangeSubscriptionAction, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_CHANGE_SUBSCRIPTION_ACTION_VALUES!r}")
