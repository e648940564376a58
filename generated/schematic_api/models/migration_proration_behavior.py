from typing import Literal, cast

MigrationProrationBehavior = Literal["always_invoice", "create_prorations", "none"]

MIGRATION_PRORATION_BEHAVIOR_VALUES: set[MigrationProrationBehavior] = {
    "always_invoice",
    "create_prorations",
    "none",
}


def check_migration_proration_behavior(value: str) -> MigrationProrationBehavior:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(MigrationProrationBehavior, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIGRATION_PRORATION_BEHAVIOR_VALUES!r}")
