from typing import Literal, cast

OnboardingPath = Literal["agent", "app"]

ONBOARDING_PATH_VALUES: set[OnboardingPath] = {
    "agent",
    "app",
}


def check_onboarding_path(value: str) -> OnboardingPath:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(OnboardingPath, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONBOARDING_PATH_VALUES!r}")
