from typing import Literal, cast

RulesengineConditionType = Literal[
    "base_plan", "billing_product", "company", "credit", "metric", "plan", "plan_version", "trait", "user"
]

RULESENGINE_CONDITION_TYPE_VALUES: set[RulesengineConditionType] = {
    "base_plan",
    "billing_product",
    "company",
    "credit",
    "metric",
    "plan",
    "plan_version",
    "trait",
    "user",
}


def check_rulesengine_condition_type(value: str) -> RulesengineConditionType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(RulesengineConditionType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RULESENGINE_CONDITION_TYPE_VALUES!r}")
