from typing import Literal, cast

OnboardingRequirement = Literal[
    "connect_billing", "create_api_key", "first_flag_check", "import_companies", "model_packaging", "send_events"
]

ONBOARDING_REQUIREMENT_VALUES: set[OnboardingRequirement] = {
    "connect_billing",
    "create_api_key",
    "first_flag_check",
    "import_companies",
    "model_packaging",
    "send_events",
}


def check_onboarding_requirement(value: str) -> OnboardingRequirement:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(OnboardingRequirement, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONBOARDING_REQUIREMENT_VALUES!r}")
