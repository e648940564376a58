from typing import Literal, cast

RulesengineRuleType = Literal[
    "company_override",
    "company_override_usage_exceeded",
    "default",
    "global_override",
    "plan_entitlement",
    "plan_entitlement_usage_exceeded",
    "standard",
]

RULESENGINE_RULE_TYPE_VALUES: set[RulesengineRuleType] = {
    "company_override",
    "company_override_usage_exceeded",
    "default",
    "global_override",
    "plan_entitlement",
    "plan_entitlement_usage_exceeded",
    "standard",
}


def check_rulesengine_rule_type(value: str) -> RulesengineRuleType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(RulesengineRuleType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RULESENGINE_RULE_TYPE_VALUES!r}")
