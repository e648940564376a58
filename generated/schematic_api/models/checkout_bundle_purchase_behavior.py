from typing import Literal, cast

CheckoutBundlePurchaseBehavior = Literal["individual", "quantity"]

CHECKOUT_BUNDLE_PURCHASE_BEHAVIOR_VALUES: set[CheckoutBundlePurchaseBehavior] = {
    "individual",
    "quantity",
}


def check_checkout_bundle_purchase_behavior(value: str) -> CheckoutBundlePurchaseBehavior:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CheckoutBundlePurchaseBehavior, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHECKOUT_BUNDLE_PURCHASE_BEHAVIOR_VALUES!r}")
