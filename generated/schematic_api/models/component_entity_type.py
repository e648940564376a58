from typing import Literal, cast

ComponentEntityType = Literal["billing", "entitlement"]

COMPONENT_ENTITY_TYPE_VALUES: set[ComponentEntityType] = {
    "billing",
    "entitlement",
}


def check_component_entity_type(value: str) -> ComponentEntityType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ComponentEntityType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPONENT_ENTITY_TYPE_VALUES!r}")
