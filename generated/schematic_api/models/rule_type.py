from typing import Literal, cast

RuleType = Literal[
    "company_override",
    "company_override_usage_exceeded",
    "default",
    "global_override",
    "plan_entitlement",
    "plan_entitlement_usage_exceeded",
    "standard",
]

RULE_TYPE_VALUES: set[RuleType] = {
    "company_override",
    "company_override_usage_exceeded",
    "default",
    "global_override",
    "plan_entitlement",
    "plan_entitlement_usage_exceeded",
    "standard",
}


def check_rule_type(value: str) -> RuleType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(RuleType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RULE_TYPE_VALUES!r}")
