"""partial_of: the smallest partial a client merges into the new view, and a full where none can."""

from __future__ import annotations

from typing import Any

from schematic_devserver.datastream_partial import partial_of

from schematic_ext._datastream.merge import merge_company, merge_user


def metric(subtype: str, value: int, period: str = "all_time") -> dict[str, Any]:
    return {"event_subtype": subtype, "period": period, "month_reset": "first_of_month", "value": value}


OLD: dict[str, Any] = {
    "id": "co1",
    "keys": {"domain": "acme.test", "slug": "acme"},
    "credit_balances": {"cr1": 10.0, "cr2": 1.0},
    "metrics": [metric("calls", 1), metric("calls", 1, "current_day")],
    "traits": [{"value": "5"}],
    "plan_ids": ["p1"],
    "entitlements": [],
}


def test_only_what_changed_is_sent_and_merges_into_the_new_view() -> None:
    new = {
        **OLD,
        "credit_balances": {"cr1": 7.5, "cr2": 1.0},
        "metrics": [metric("calls", 4), metric("calls", 1, "current_day"), metric("other", 2)],
        "plan_ids": ["p1", "p2"],
    }
    partial = partial_of(True, OLD, new)
    assert partial == {
        "id": "co1",
        "credit_balances": {"cr1": 7.5},
        "metrics": [metric("calls", 4), metric("other", 2)],
        "plan_ids": ["p1", "p2"],
    }
    assert merge_company(OLD, partial) == new


def test_a_removal_needs_a_full() -> None:
    assert partial_of(True, OLD, {**OLD, "keys": {"domain": "acme.test"}}) is None
    assert partial_of(True, OLD, {**OLD, "credit_balances": {"cr1": 10.0}}) is None
    assert partial_of(True, OLD, {**OLD, "metrics": [metric("calls", 1)]}) is None
    assert partial_of(True, OLD, {key: value for key, value in OLD.items() if key != "plan_ids"}) is None


def test_a_merge_that_would_differ_from_the_view_is_sent_full() -> None:
    # Metrics in another order: an upsert keeps the held order, so only a full says this one.
    reordered = {**OLD, "metrics": [OLD["metrics"][1], {**OLD["metrics"][0], "value": 2}]}
    assert partial_of(True, OLD, reordered) is None
    # A merged metric re-derives the entitlement's usage (as the protocol's clients do): a view whose
    # entitlement says otherwise cannot be reached by a partial.
    entitled = {**OLD, "entitlements": [{"event_name": "calls", "metric_period": "all_time", "usage": 1}]}
    stale = {**entitled, "metrics": [metric("calls", 9), OLD["metrics"][1]]}
    assert partial_of(True, entitled, stale) is None
    # Both moved together, as the devserver's views do: the partial carries both, and merges exactly.
    moved = {**stale, "entitlements": [{**entitled["entitlements"][0], "usage": 9}]}
    partial = partial_of(True, entitled, moved)
    assert partial is not None and set(partial) == {"id", "metrics", "entitlements"}
    assert merge_company(entitled, partial) == moved


def test_users_merge_keys_and_replace_the_rest() -> None:
    old = {"id": "u1", "keys": {"email": "a@x"}, "traits": [], "rules": []}
    new = {**old, "keys": {"email": "a@x", "crm": "7"}, "traits": [{"value": "admin"}]}
    partial = partial_of(False, old, new)
    assert partial == {"id": "u1", "keys": {"crm": "7"}, "traits": [{"value": "admin"}]}
    assert merge_user(old, partial) == new


def test_a_metrics_created_at_alone_is_no_change() -> None:
    rebuilt = {**OLD, "metrics": [{**m, "created_at": "2026-12-02T00:00:01Z"} for m in OLD["metrics"]]}
    assert partial_of(True, OLD, {**rebuilt, "plan_ids": ["p2"]}) == {"id": "co1", "plan_ids": ["p2"]}
