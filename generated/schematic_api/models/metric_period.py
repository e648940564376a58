from typing import Literal, cast

MetricPeriod = Literal["all_time", "current_day", "current_month", "current_week"]

METRIC_PERIOD_VALUES: set[MetricPeriod] = {
    "all_time",
    "current_day",
    "current_month",
    "current_week",
}


def check_metric_period(value: str) -> MetricPeriod:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(MetricPeriod, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_PERIOD_VALUES!r}")
