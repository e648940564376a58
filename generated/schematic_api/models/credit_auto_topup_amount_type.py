from typing import Literal, cast

CreditAutoTopupAmountType = Literal["credit"]

CREDIT_AUTO_TOPUP_AMOUNT_TYPE_VALUES: set[CreditAutoTopupAmountType] = {
    "credit",
}


def check_credit_auto_topup_amount_type(value: str) -> CreditAutoTopupAmountType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(CreditAutoTopupAmountType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREDIT_AUTO_TOPUP_AMOUNT_TYPE_VALUES!r}")
