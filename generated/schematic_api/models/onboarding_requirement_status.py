from typing import Literal, cast

OnboardingRequirementStatus = Literal["available", "blocked", "complete"]

ONBOARDING_REQUIREMENT_STATUS_VALUES: set[OnboardingRequirementStatus] = {
    "available",
    "blocked",
    "complete",
}


def check_onboarding_requirement_status(value: str) -> OnboardingRequirementStatus:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(OnboardingRequirementStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONBOARDING_REQUIREMENT_STATUS_VALUES!r}")
