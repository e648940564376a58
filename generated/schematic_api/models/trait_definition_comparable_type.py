from typing import Literal, cast

TraitDefinitionComparableType = Literal["bool", "date", "int", "string"]

TRAIT_DEFINITION_COMPARABLE_TYPE_VALUES: set[TraitDefinitionComparableType] = {
    "bool",
    "date",
    "int",
    "string",
}


def check_trait_definition_comparable_type(value: str) -> TraitDefinitionComparableType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(TraitDefinitionComparableType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRAIT_DEFINITION_COMPARABLE_TYPE_VALUES!r}")
