from typing import Literal, cast

CompanyPlanInvalidReason = Literal["downgrade_not_permitted", "feature_usage_exceeded"]

COMPANY_PLAN_INVALID_REASON_VALUES: set[CompanyPlanInvalidReason] = {
    "downgrade_not_permitted",
    "feature_usage_exceeded",
}


def check_company_plan_invalid_reason(value: str) -> CompanyPlanInvalidReason:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CompanyPlanInvalidReason, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_PLAN_INVALID_REASON_VALUES!r}")
