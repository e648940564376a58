from typing import Literal, cast

EntitlementValueType = Literal["boolean", "credit", "numeric", "trait", "unknown", "unlimited"]

ENTITLEMENT_VALUE_TYPE_VALUES: set[EntitlementValueType] = {
    "boolean",
    "credit",
    "numeric",
    "trait",
    "unknown",
    "unlimited",
}


def check_entitlement_value_type(value: str) -> EntitlementValueType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(EntitlementValueType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENTITLEMENT_VALUE_TYPE_VALUES!r}")
