from typing import Literal, cast

EntitlementType = Literal["company_override", "plan_entitlement", "unknown"]

ENTITLEMENT_TYPE_VALUES: set[EntitlementType] = {
    "company_override",
    "plan_entitlement",
    "unknown",
}


def check_entitlement_type(value: str) -> EntitlementType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(EntitlementType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENTITLEMENT_TYPE_VALUES!r}")
