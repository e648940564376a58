from typing import Literal, cast

ActorType = Literal["api_key", "app_user", "stripe_app", "system", "temporary_access_token"]

ACTOR_TYPE_VALUES: set[ActorType] = {
    "api_key",
    "app_user",
    "stripe_app",
    "system",
    "temporary_access_token",
}


def check_actor_type(value: str) -> ActorType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ActorType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTOR_TYPE_VALUES!r}")
