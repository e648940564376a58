from typing import Literal, cast

ChargeType = Literal["free", "none", "one_time", "recurring"]

CHARGE_TYPE_VALUES: set[ChargeType] = {
    "free",
    "none",
    "one_time",
    "recurring",
}


def check_charge_type(value: str) -> ChargeType:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(ChargeType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHARGE_TYPE_VALUES!r}")
