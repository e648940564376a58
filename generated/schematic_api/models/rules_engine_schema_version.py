from typing import Literal, cast

RulesEngineSchemaVersion = Literal["placeholder-for-fern-compatibility", "vc8eb8df4"]

RULES_ENGINE_SCHEMA_VERSION_VALUES: set[RulesEngineSchemaVersion] = {
    "placeholder-for-fern-compatibility",
    "vc8eb8df4",
}


def check_rules_engine_schema_version(value: str) -> RulesEngineSchemaVersion:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(RulesEngineSchemaVersion, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RULES_ENGINE_SCHEMA_VERSION_VALUES!r}")
