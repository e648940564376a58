"""`period_start`: the reset before `next_reset`, so usage is counted over the very period the engine reports."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schematic_ext._rules.metrics import DAY_NS, next_reset, period_start

PERIODS = ("current_day", "current_week", "current_month")


def ns(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> int:
    return int(datetime(year, month, day, hour, minute, tzinfo=timezone.utc).timestamp()) * 1_000_000_000


@pytest.mark.parametrize(
    ("period", "month_reset", "now", "expected"),
    [
        ("current_day", None, ns(2024, 6, 1, 23, 59), ns(2024, 6, 1)),
        ("current_week", None, ns(2024, 5, 15, 12), ns(2024, 5, 12)),  # a Wednesday: back to Sunday
        ("current_week", None, ns(2024, 6, 2), ns(2024, 6, 2)),  # on a Sunday: that very midnight
        ("current_week", None, ns(2024, 1, 1, 8), ns(2023, 12, 31)),
        ("current_month", None, ns(2024, 2, 29, 12), ns(2024, 2, 1)),
        ("current_month", "billing_cycle", ns(2024, 12, 31, 12), ns(2024, 12, 1)),  # no subscription
        ("all_time", None, ns(2024, 6, 1), None),
        (None, None, ns(2024, 6, 1), None),
    ],
)
def test_calendar_period_starts(
    period: str | None, month_reset: str | None, now: int, expected: int | None
) -> None:
    assert period_start(period, month_reset, None, now) == expected


@pytest.mark.parametrize(
    ("subscription", "now", "expected"),
    [
        ((ns(2024, 1, 15, 10), ns(2025, 1, 15, 10)), ns(2024, 6, 20), ns(2024, 6, 15, 10)),
        ((ns(2024, 1, 15, 10), ns(2025, 1, 15, 10)), ns(2024, 6, 15, 9), ns(2024, 5, 15, 10)),
        ((ns(2024, 1, 31), ns(2025, 1, 31)), ns(2024, 3, 5), ns(2024, 2, 29)),  # the anchor held to Feb's end
        ((ns(2024, 1, 15, 10), ns(2025, 1, 15, 10)), ns(2024, 1, 20), ns(2024, 1, 15, 10)),
        (
            (ns(2024, 7, 15), ns(2025, 7, 15)),
            ns(2024, 6, 20),
            ns(2024, 6, 1),
        ),  # not started: the calendar month
    ],
)
def test_billing_cycle_period_starts(subscription: tuple[int, int], now: int, expected: int) -> None:
    assert period_start("current_month", "billing_cycle", subscription, now) == expected


_NOW = st.integers(ns(2000, 1, 1), ns(2100, 1, 1))


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(PERIODS), st.sampled_from([None, "first_of_month", "billing_cycle"]), _NOW)
def test_the_period_holds_now_and_ends_at_the_next_reset(
    period: str, month_reset: str | None, now: int
) -> None:
    start = period_start(period, month_reset, None, now)
    end = next_reset(period, month_reset, None, now)
    assert start is not None and end is not None
    assert start <= now < end
    assert start % DAY_NS == 0
    assert next_reset(period, month_reset, None, start) == end
