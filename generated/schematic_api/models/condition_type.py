from typing import Literal, cast

ConditionType = Literal[
    "base_plan", "billing_product", "company", "credit", "metric", "plan", "plan_version", "trait", "user"
]

CONDITION_TYPE_VALUES: set[ConditionType] = {
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


def check_condition_type(value: str) -> ConditionType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ConditionType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONDITION_TYPE_VALUES!r}")
