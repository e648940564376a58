"""A company's usage of an event over the metric period containing now, as a `RulesengineCompanyMetric`.

`engine_view` (metrics that flag rules read) and `entitlements` (metered entitlements) both count
usage and describe it here, so a period starts, resets and is reported one way. No subscriptions here,
so ``billing_cycle`` months start on the first (`schematic_ext._rules.metrics.period_start`).
"""

from __future__ import annotations

from typing import Any

from schematic_devserver.clock import isoformat
from schematic_devserver.render import ACCOUNT_ID, ENVIRONMENT_ID
from schematic_devserver.store import Store
from schematic_ext._rules.metrics import next_reset, period_start

__all__ = ["metric_view", "period_usage"]

_NS = 1_000_000_000


def period_usage(
    store: Store, company_id: str, subtype: str, period: str | None, month_reset: str | None, now: float
) -> tuple[int, float | None]:
    """The company's tracked quantity of an event in the period containing ``now``, and when it resets.

    Times are epoch seconds; an all-time period counts everything and never resets (None).
    """
    now_ns = int(now * _NS)
    start = period_start(period, month_reset, None, now_ns)
    reset = next_reset(period, month_reset, None, now_ns)
    used = store.usage(company_id, subtype, None if start is None else start / _NS)
    return used, None if reset is None else reset / _NS


def metric_view(
    company_id: str,
    subtype: str,
    period: str | None,
    month_reset: str | None,
    value: int,
    reset_at: float | None,
    now: float,
) -> dict[str, Any]:
    """`RulesengineCompanyMetric`: a company's usage of an event in one period, valid until its reset."""
    return {
        "account_id": ACCOUNT_ID,
        "environment_id": ENVIRONMENT_ID,
        "company_id": company_id,
        "event_subtype": subtype,
        "period": period,
        "month_reset": month_reset,
        "value": value,
        "created_at": isoformat(now),
        "valid_until": None if reset_at is None else isoformat(reset_at),
    }
