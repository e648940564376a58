from typing import Literal, cast

RulesengineMetricPeriodMonthReset = Literal["billing_cycle", "first_of_month"]

RULESENGINE_METRIC_PERIOD_MONTH_RESET_VALUES: set[RulesengineMetricPeriodMonthReset] = {
    "billing_cycle",
    "first_of_month",
}


def check_rulesengine_metric_period_month_reset(value: str) -> RulesengineMetricPeriodMonthReset:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(RulesengineMetricPeriodMonthReset, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RULESENGINE_METRIC_PERIOD_MONTH_RESET_VALUES!r}")
