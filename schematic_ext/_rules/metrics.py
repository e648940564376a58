"""Metric periods: which stored metric a condition reads, and when its period next resets.

Times here are integer nanoseconds since the Unix epoch, UTC, so billing-cycle anchors keep the
precision they were sent with.
"""

from __future__ import annotations

from .dates import civil_from_days, days_from_civil, days_in_month

__all__ = ["DAY_NS", "metric_key", "next_reset", "period_start"]

DAY_NS = 86_400 * 1_000_000_000
ALL_TIME = "all_time"
FIRST_OF_MONTH = "first_of_month"
BILLING_CYCLE = "billing_cycle"


def metric_key(event_subtype: str, period: str | None, month_reset: str | None) -> tuple[str, str, str]:
    """The identity of a stored metric: subtype, period (default all time), reset (default first of month)."""
    return event_subtype, period or ALL_TIME, month_reset or FIRST_OF_MONTH


def _next_month_start(now_ns: int) -> int:
    year, month, _ = civil_from_days(now_ns // DAY_NS)
    if month == 12:
        year, month = year + 1, 1
    else:
        month += 1
    return days_from_civil(year, month, 1) * DAY_NS


def _next_calendar_reset(period: str, now_ns: int) -> int | None:
    today = now_ns - now_ns % DAY_NS
    if period == "current_day":
        return today + DAY_NS
    if period == "current_week":
        days_since_sunday = (now_ns // DAY_NS + 4) % 7
        return today + (7 - days_since_sunday) * DAY_NS
    if period == "current_month":
        return _next_month_start(now_ns)
    return None


def _anchor_in_month(year: int, month: int, anchor_day: int, time_of_day: int) -> int:
    """The billing anchor's day and time in a month, the day held to the month's last day."""
    day = min(anchor_day, days_in_month(year, month))
    return days_from_civil(year, month, day) * DAY_NS + time_of_day


def _next_billing_reset(period: tuple[int, int] | None, now_ns: int) -> int:
    """The next monthly reset on the subscription's anchor, bounded by the period's end."""
    if period is None:
        return _next_month_start(now_ns)
    start, end = period
    if start > now_ns:
        return min(_next_month_start(now_ns), start)
    _, _, anchor_day = civil_from_days(start // DAY_NS)
    time_of_day = start % DAY_NS
    year, month, _ = civil_from_days(now_ns // DAY_NS)
    reset = _anchor_in_month(year, month, anchor_day, time_of_day)
    if reset <= now_ns:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        reset = _anchor_in_month(year, month, anchor_day, time_of_day)
    return min(reset, end)


def next_reset(
    period: str | None, month_reset: str | None, subscription: tuple[int, int] | None, now_ns: int
) -> int | None:
    """When a metric condition's period next resets; None for all-time (or no) periods."""
    if period is None:
        return None
    if period == "current_month" and month_reset == BILLING_CYCLE:
        return _next_billing_reset(subscription, now_ns)
    return _next_calendar_reset(period, now_ns)


def _month_start(now_ns: int) -> int:
    year, month, _ = civil_from_days(now_ns // DAY_NS)
    return days_from_civil(year, month, 1) * DAY_NS


def _calendar_period_start(period: str, now_ns: int) -> int | None:
    today = now_ns - now_ns % DAY_NS
    if period == "current_day":
        return today
    if period == "current_week":
        days_since_sunday = (now_ns // DAY_NS + 4) % 7
        return today - days_since_sunday * DAY_NS
    if period == "current_month":
        return _month_start(now_ns)
    return None


def _billing_period_start(period: tuple[int, int] | None, now_ns: int) -> int:
    """The last monthly reset on the subscription's anchor at or before `now`, not before the period's start."""
    if period is None or period[0] > now_ns:
        return _month_start(now_ns)
    start = period[0]
    _, _, anchor_day = civil_from_days(start // DAY_NS)
    time_of_day = start % DAY_NS
    year, month, _ = civil_from_days(now_ns // DAY_NS)
    reset = _anchor_in_month(year, month, anchor_day, time_of_day)
    if reset > now_ns:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        reset = _anchor_in_month(year, month, anchor_day, time_of_day)
    return max(reset, start)


def period_start(
    period: str | None, month_reset: str | None, subscription: tuple[int, int] | None, now_ns: int
) -> int | None:
    """When the metric period containing `now` began (the reset before `next_reset`); None for all time."""
    if period is None:
        return None
    if period == "current_month" and month_reset == BILLING_CYCLE:
        return _billing_period_start(subscription, now_ns)
    return _calendar_period_start(period, now_ns)
