from typing import Literal, cast

SubscriptionType = Literal["free", "one_time", "paid", "trial"]

SUBSCRIPTION_TYPE_VALUES: set[SubscriptionType] = {
    "free",
    "one_time",
    "paid",
    "trial",
}


def check_subscription_type(value: str) -> SubscriptionType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(SubscriptionType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TYPE_VALUES!r}")
