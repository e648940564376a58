from typing import Literal, cast

ProrationBehavior = Literal["create_prorations", "invoice_immediately"]

PRORATION_BEHAVIOR_VALUES: set[ProrationBehavior] = {
    "create_prorations",
    "invoice_immediately",
}


def check_proration_behavior(value: str) -> ProrationBehavior:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ProrationBehavior, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRORATION_BEHAVIOR_VALUES!r}")
