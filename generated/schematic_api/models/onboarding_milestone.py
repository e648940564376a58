from typing import Literal, cast

OnboardingMilestone = Literal["evaluated", "implemented"]

ONBOARDING_MILESTONE_VALUES: set[OnboardingMilestone] = {
    "evaluated",
    "implemented",
}


def check_onboarding_milestone(value: str) -> OnboardingMilestone:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(OnboardingMilestone, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONBOARDING_MILESTONE_VALUES!r}")
