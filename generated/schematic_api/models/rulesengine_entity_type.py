from typing import Literal, cast

RulesengineEntityType = Literal["company", "user"]

RULESENGINE_ENTITY_TYPE_VALUES: set[RulesengineEntityType] = {
    "company",
    "user",
}


def check_rulesengine_entity_type(value: str) -> RulesengineEntityType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(RulesengineEntityType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RULESENGINE_ENTITY_TYPE_VALUES!r}")
