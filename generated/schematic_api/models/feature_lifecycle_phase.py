from typing import Literal, cast

FeatureLifecyclePhase = Literal[
    "add_on", "alpha", "beta", "deprecated", "ga", "in_plan", "inactive", "internal_testing", "legacy"
]

FEATURE_LIFECYCLE_PHASE_VALUES: set[FeatureLifecyclePhase] = {
    "add_on",
    "alpha",
    "beta",
    "deprecated",
    "ga",
    "in_plan",
    "inactive",
    "internal_testing",
    "legacy",
}


def check_feature_lifecycle_phase(value: str) -> FeatureLifecyclePhase:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(FeatureLifecyclePhase, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEATURE_LIFECYCLE_PHASE_VALUES!r}")
