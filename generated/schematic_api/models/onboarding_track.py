from typing import Literal, cast

OnboardingTrack = Literal["catalog", "single_plan"]

ONBOARDING_TRACK_VALUES: set[OnboardingTrack] = {
    "catalog",
    "single_plan",
}


def check_onboarding_track(value: str) -> OnboardingTrack:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(OnboardingTrack, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONBOARDING_TRACK_VALUES!r}")
