from typing import Literal, cast

TemporaryAccessTokenResourceType = Literal["company"]

TEMPORARY_ACCESS_TOKEN_RESOURCE_TYPE_VALUES: set[TemporaryAccessTokenResourceType] = {
    "company",
}


def check_temporary_access_token_resource_type(value: str) -> TemporaryAccessTokenResourceType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(TemporaryAccessTokenResourceType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPORARY_ACCESS_TOKEN_RESOURCE_TYPE_VALUES!r}")
