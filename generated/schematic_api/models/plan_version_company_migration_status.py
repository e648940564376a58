from typing import Literal, cast

PlanVersionCompanyMigrationStatus = Literal["completed", "failed", "in_progress", "pending", "skipped"]

PLAN_VERSION_COMPANY_MIGRATION_STATUS_VALUES: set[PlanVersionCompanyMigrationStatus] = {
    "completed",
    "failed",
    "in_progress",
    "pending",
    "skipped",
}


def check_plan_version_company_migration_status(value: str) -> PlanVersionCompanyMigrationStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanVersionCompanyMigrationStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_VERSION_COMPANY_MIGRATION_STATUS_VALUES!r}")
