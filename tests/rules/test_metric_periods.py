"""When a matched entitlement's usage period resets, at a pinned `now`, against the official engine."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from rules_builders import agreed, company, condition, flag, rule
from rules_oracle import OfficialEngine

from schematic_ext._rules import check_flag


def reset_at(
    official: OfficialEngine,
    period: str | None,
    month_reset: str | None,
    now: datetime,
    **company_fields: object,
) -> str | None:
    usage = condition(
        "metric",
        "lt",
        event_subtype="calls",
        metric_value=10,
        metric_period=period,
        metric_period_month_reset=month_reset,
    )
    usage = {key: value for key, value in usage.items() if value is not None}
    result = agreed(official, flag(rule("r", "plan_entitlement", usage)), company(**company_fields), now=now)
    assert result.feature_usage_period == (period or "all_time")
    return None if result.feature_usage_reset_at is None else result.feature_usage_reset_at.isoformat()


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("period", "now", "expected"),
    [
        ("current_day", utc(2024, 6, 1, 23, 59, 59, 999000), "2024-06-02T00:00:00+00:00"),
        ("current_week", utc(2024, 6, 1, 12), "2024-06-02T00:00:00+00:00"),
        ("current_week", utc(2024, 6, 2, 0), "2024-06-09T00:00:00+00:00"),  # on a Sunday: the next one
        ("current_month", utc(2024, 12, 31, 12), "2025-01-01T00:00:00+00:00"),
        ("all_time", utc(2024, 6, 1), None),
        (None, utc(2024, 6, 1), None),
    ],
)
def test_calendar_periods(
    official: OfficialEngine, period: str | None, now: datetime, expected: str | None
) -> None:
    assert reset_at(official, period, None, now) == expected


@pytest.mark.parametrize(
    ("start", "end", "now", "expected"),
    [
        ("2024-01-15T10:00:00Z", "2025-01-15T10:00:00Z", utc(2024, 6, 1, 12), "2024-06-15T10:00:00+00:00"),
        (
            "2024-01-31T10:00:00Z",
            "2030-01-01T00:00:00Z",
            utc(2024, 6, 1, 12),
            "2024-06-30T10:00:00+00:00",
        ),  # held to the 30th
        ("2024-01-31T10:00:00Z", "2030-01-01T00:00:00Z", utc(2024, 6, 30, 12), "2024-07-31T10:00:00+00:00"),
        (
            "2024-01-01T12:00:00Z",
            "2030-01-01T00:00:00Z",
            utc(2024, 6, 1, 12),
            "2024-07-01T12:00:00+00:00",
        ),  # at now: next
        (
            "2024-01-15T10:00:00Z",
            "2024-06-10T10:00:00Z",
            utc(2024, 6, 1, 12),
            "2024-06-10T10:00:00+00:00",
        ),  # period end
        (
            "2024-06-15T10:00:00Z",
            "2025-01-15T10:00:00Z",
            utc(2024, 6, 1, 12),
            "2024-06-15T10:00:00+00:00",
        ),  # starts later
        ("2024-08-15T10:00:00Z", "2025-01-15T10:00:00Z", utc(2024, 6, 1, 12), "2024-07-01T00:00:00+00:00"),
        (
            "2024-01-01T03:00:00+05:00",
            "2030-01-01T00:00:00Z",
            utc(2024, 6, 1, 12),
            "2024-06-30T22:00:00+00:00",
        ),
    ],
)
def test_billing_cycle_resets_on_the_subscriptions_anchor(
    official: OfficialEngine, start: str, end: str, now: datetime, expected: str
) -> None:
    subscription = {"id": "sub", "period_start": start, "period_end": end}
    assert reset_at(official, "current_month", "billing_cycle", now, subscription=subscription) == expected


def test_billing_cycle_without_a_subscription_resets_monthly(official: OfficialEngine) -> None:
    assert (
        reset_at(official, "current_month", "billing_cycle", utc(2024, 6, 1, 12))
        == "2024-07-01T00:00:00+00:00"
    )
    # Only monthly periods follow the billing cycle.
    assert (
        reset_at(official, "current_day", "billing_cycle", utc(2024, 6, 1, 12)) == "2024-06-02T00:00:00+00:00"
    )


def test_the_clock_is_the_default_now() -> None:
    usage = condition("metric", "lt", event_subtype="calls", metric_value=10, metric_period="current_day")
    before = datetime.now(timezone.utc)
    result = check_flag(flag(rule("r", "plan_entitlement", usage)), company())
    after = datetime.now(timezone.utc)
    midnights = {
        moment.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        for moment in (before, after)
    }
    assert result.feature_usage_reset_at in midnights
