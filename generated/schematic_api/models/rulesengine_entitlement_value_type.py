from typing import Literal, cast

RulesengineEntitlementValueType = Literal["boolean", "credit", "numeric", "trait", "unknown", "unlimited"]

RULESENGINE_ENTITLEMENT_VALUE_TYPE_VALUES: set[RulesengineEntitlementValueType] = {
    "boolean",
    "credit",
    "numeric",
    "trait",
    "unknown",
    "unlimited",
}


def check_rulesengine_entitlement_value_type(value: str) -> RulesengineEntitlementValueType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(RulesengineEntitlementValueType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RULESENGINE_ENTITLEMENT_VALUE_TYPE_VALUES!r}")
