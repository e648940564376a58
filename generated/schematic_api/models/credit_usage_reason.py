from typing import Literal, cast

CreditUsageReason = Literal["lease_hold", "lease_release", "manual_adjustment", "reconciliation", "track"]

CREDIT_USAGE_REASON_VALUES: set[CreditUsageReason] = {
    "lease_hold",
    "lease_release",
    "manual_adjustment",
    "reconciliation",
    "track",
}


def check_credit_usage_reason(value: str) -> CreditUsageReason:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CreditUsageReason, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREDIT_USAGE_REASON_VALUES!r}")
