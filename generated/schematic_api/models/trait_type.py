from typing import Literal, cast

TraitType = Literal["boolean", "currency", "date", "number", "string", "url"]

TRAIT_TYPE_VALUES: set[TraitType] = {
    "boolean",
    "currency",
    "date",
    "number",
    "string",
    "url",
}


def check_trait_type(value: str) -> TraitType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(TraitType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRAIT_TYPE_VALUES!r}")
