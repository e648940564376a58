from typing import Literal, cast

SubscriptionStatus = Literal[
    "active", "canceled", "expired", "incomplete", "incomplete_expired", "past_due", "paused", "trialing", "unpaid"
]

SUBSCRIPTION_STATUS_VALUES: set[SubscriptionStatus] = {
    "active",
    "canceled",
    "expired",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "paused",
    "trialing",
    "unpaid",
}


def check_subscription_status(value: str) -> SubscriptionStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(SubscriptionStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_STATUS_VALUES!r}")
