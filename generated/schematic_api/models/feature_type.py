from typing import Literal, cast

FeatureType = Literal["boolean", "event", "license", "trait"]

FEATURE_TYPE_VALUES: set[FeatureType] = {
    "boolean",
    "event",
    "license",
    "trait",
}


def check_feature_type(value: str) -> FeatureType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(FeatureType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEATURE_TYPE_VALUES!r}")
