from typing import Literal, cast

EntitlementPriceBehavior = Literal["credit_burndown", "overage", "pay_as_you_go", "pay_in_advance", "tier"]

ENTITLEMENT_PRICE_BEHAVIOR_VALUES: set[EntitlementPriceBehavior] = {
    "credit_burndown",
    "overage",
    "pay_as_you_go",
    "pay_in_advance",
    "tier",
}


def check_entitlement_price_behavior(value: str) -> EntitlementPriceBehavior:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(EntitlementPriceBehavior, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENTITLEMENT_PRICE_BEHAVIOR_VALUES!r}")
