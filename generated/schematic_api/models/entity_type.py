from typing import Literal, cast

EntityType = Literal["company", "user"]

ENTITY_TYPE_VALUES: set[EntityType] = {
    "company",
    "user",
}


def check_entity_type(value: str) -> EntityType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(EntityType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENTITY_TYPE_VALUES!r}")
