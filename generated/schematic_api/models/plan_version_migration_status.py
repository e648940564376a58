from typing import Literal, cast

PlanVersionMigrationStatus = Literal["completed", "failed", "in_progress", "pending"]

PLAN_VERSION_MIGRATION_STATUS_VALUES: set[PlanVersionMigrationStatus] = {
    "completed",
    "failed",
    "in_progress",
    "pending",
}


def check_plan_version_migration_status(value: str) -> PlanVersionMigrationStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanVersionMigrationStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_VERSION_MIGRATION_STATUS_VALUES!r}")
