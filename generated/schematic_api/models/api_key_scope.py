from typing import Literal, cast

ApiKeyScope = Literal["admin", "capture", "read", "write"]

API_KEY_SCOPE_VALUES: set[ApiKeyScope] = {
    "admin",
    "capture",
    "read",
    "write",
}


def check_api_key_scope(value: str) -> ApiKeyScope:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ApiKeyScope, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {API_KEY_SCOPE_VALUES!r}")
