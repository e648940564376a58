from typing import Literal, cast

CreditGrantSortOrder = Literal["created_at", "expires_at", "quantity", "quantity_remaining"]

CREDIT_GRANT_SORT_ORDER_VALUES: set[CreditGrantSortOrder] = {
    "created_at",
    "expires_at",
    "quantity",
    "quantity_remaining",
}


def check_credit_grant_sort_order(value: str) -> CreditGrantSortOrder:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CreditGrantSortOrder, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREDIT_GRANT_SORT_ORDER_VALUES!r}")
