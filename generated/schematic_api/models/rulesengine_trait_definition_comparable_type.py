from typing import Literal, cast

RulesengineTraitDefinitionComparableType = Literal["bool", "date", "int", "string"]

RULESENGINE_TRAIT_DEFINITION_COMPARABLE_TYPE_VALUES: set[RulesengineTraitDefinitionComparableType] = {
    "bool",
    "date",
    "int",
    "string",
}


def check_rulesengine_trait_definition_comparable_type(value: str) -> RulesengineTraitDefinitionComparableType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(RulesengineTraitDefinitionComparableType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RULESENGINE_TRAIT_DEFINITION_COMPARABLE_TYPE_VALUES!r}"
    )
