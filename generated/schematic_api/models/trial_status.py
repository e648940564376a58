from typing import Literal, cast

TrialStatus = Literal["active", "converted", "expired"]

TRIAL_STATUS_VALUES: set[TrialStatus] = {
    "active",
    "converted",
    "expired",
}


def check_trial_status(value: str) -> TrialStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(TrialStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRIAL_STATUS_VALUES!r}")
