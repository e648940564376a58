from typing import Literal, cast

PlanBundleAction = Literal["create", "delete", "update"]

PLAN_BUNDLE_ACTION_VALUES: set[PlanBundleAction] = {
    "create",
    "delete",
    "update",
}


def check_plan_bundle_action(value: str) -> PlanBundleAction:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanBundleAction, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_BUNDLE_ACTION_VALUES!r}")
