from typing import Literal, cast

PlanChangeAction = Literal[
    "checkout",
    "company_upsert",
    "fallback_plan",
    "manage_plan",
    "migration",
    "plan_billing_product_changed",
    "plan_deleted",
    "plan_trait_change",
    "plan_version_migration",
    "quickstart",
    "subscription_change",
]

PLAN_CHANGE_ACTION_VALUES: set[PlanChangeAction] = {
    "checkout",
    "company_upsert",
    "fallback_plan",
    "manage_plan",
    "migration",
    "plan_billing_product_changed",
    "plan_deleted",
    "plan_trait_change",
    "plan_version_migration",
    "quickstart",
    "subscription_change",
}


def check_plan_change_action(value: str) -> PlanChangeAction:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanChangeAction, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_CHANGE_ACTION_VALUES!r}")
