from typing import Literal, cast

PlanIcon = Literal[
    "amber",
    "blue",
    "blueGray",
    "blueGreen",
    "cyan",
    "emerald",
    "fuchsia",
    "gray",
    "green",
    "indigo",
    "lightBlue",
    "lime",
    "orange",
    "pink",
    "purple",
    "red",
    "redOrange",
    "rose",
    "sky",
    "slate",
    "teal",
    "trueGray",
    "violet",
    "warmGray",
    "yellow",
]

PLAN_ICON_VALUES: set[PlanIcon] = {
    "amber",
    "blue",
    "blueGray",
    "blueGreen",
    "cyan",
    "emerald",
    "fuchsia",
    "gray",
    "green",
    "indigo",
    "lightBlue",
    "lime",
    "orange",
    "pink",
    "purple",
    "red",
    "redOrange",
    "rose",
    "sky",
    "slate",
    "teal",
    "trueGray",
    "violet",
    "warmGray",
    "yellow",
}


def check_plan_icon(value: str) -> PlanIcon:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(PlanIcon, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_ICON_VALUES!r}")
