from typing import Literal, cast

MetricPeriodMonthReset = Literal["billing_cycle", "first_of_month"]

METRIC_PERIOD_MONTH_RESET_VALUES: set[MetricPeriodMonthReset] = {
    "billing_cycle",
    "first_of_month",
}


def check_metric_period_month_reset(value: str) -> MetricPeriodMonthReset:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(MetricPeriodMonthReset, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_PERIOD_MONTH_RESET_VALUES!r}")
