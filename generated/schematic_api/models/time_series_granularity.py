from typing import Literal, cast

TimeSeriesGranularity = Literal["daily", "hourly", "monthly", "weekly"]

TIME_SERIES_GRANULARITY_VALUES: set[TimeSeriesGranularity] = {
    "daily",
    "hourly",
    "monthly",
    "weekly",
}


def check_time_series_granularity(value: str) -> TimeSeriesGranularity:
    """Accept a value of this enum; an unknown value of the right type is kept (the API may add values)."""
    if isinstance(value, str):
        return cast(TimeSeriesGranularity, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIME_SERIES_GRANULARITY_VALUES!r}")
