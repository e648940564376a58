from typing import Literal, cast

PlanVersionStatus = Literal["archived", "draft", "published"]

PLAN_VERSION_STATUS_VALUES: set[PlanVersionStatus] = {
    "archived",
    "draft",
    "published",
}


def check_plan_version_status(value: str) -> PlanVersionStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanVersionStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_VERSION_STATUS_VALUES!r}")
