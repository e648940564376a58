from typing import Literal, cast

BillingCreditBurnStrategy = Literal[
    "expiration_priority",
    "first_in_first_out",
    "last_in_first_out",
    "plan_first_then_credit_bundles_first_in_first_out",
]

BILLING_CREDIT_BURN_STRATEGY_VALUES: set[BillingCreditBurnStrategy] = {
    "expiration_priority",
    "first_in_first_out",
    "last_in_first_out",
    "plan_first_then_credit_bundles_first_in_first_out",
}


def check_billing_credit_burn_strategy(value: str) -> BillingCreditBurnStrategy:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCreditBurnStrategy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_CREDIT_BURN_STRATEGY_VALUES!r}")
