from typing import Literal, cast

PlanVersionMigrationStrategy = Literal["immediate", "leave"]

PLAN_VERSION_MIGRATION_STRATEGY_VALUES: set[PlanVersionMigrationStrategy] = {
    "immediate",
    "leave",
}


def check_plan_version_migration_strategy(value: str) -> PlanVersionMigrationStrategy:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanVersionMigrationStrategy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_VERSION_MIGRATION_STRATEGY_VALUES!r}")
