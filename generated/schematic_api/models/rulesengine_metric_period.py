from typing import Literal, cast

RulesengineMetricPeriod = Literal["all_time", "current_day", "current_month", "current_week"]

RULESENGINE_METRIC_PERIOD_VALUES: set[RulesengineMetricPeriod] = {
    "all_time",
    "current_day",
    "current_month",
    "current_week",
}


def check_rulesengine_metric_period(value: str) -> RulesengineMetricPeriod:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(RulesengineMetricPeriod, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RULESENGINE_METRIC_PERIOD_VALUES!r}")
