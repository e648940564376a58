from typing import Literal, cast

BillingCollectionMethod = Literal["charge_automatically", "send_invoice"]

BILLING_COLLECTION_METHOD_VALUES: set[BillingCollectionMethod] = {
    "charge_automatically",
    "send_invoice",
}


def check_billing_collection_method(value: str) -> BillingCollectionMethod:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(BillingCollectionMethod, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_COLLECTION_METHOD_VALUES!r}")
