"""Partial updates and local usage: each returns a new entity dict and never mutates the old one, since
the snapshot hands entities to checks on other threads and the engine compiles each object once."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["add_usage", "merge_company", "merge_user", "metric_identity"]


def metric_identity(metric: Mapping[str, Any]) -> tuple[str, str, str]:
    """What a metric is upserted by: ``(event_subtype, period, month_reset)``, absent read as ``""``."""
    return (
        metric.get("event_subtype") or "",
        metric.get("period") or "",
        metric.get("month_reset") or "",
    )


def _listed(value: Any) -> list[Any]:
    """A list as is; Go's ``null`` and anything else as empty."""
    return value if isinstance(value, list) else []


def _upsert_metrics(existing: Iterable[Any], incoming: Any) -> list[Any]:
    merged = [m for m in existing if isinstance(m, Mapping)]
    index = {metric_identity(m): i for i, m in enumerate(merged)}
    for metric in incoming if isinstance(incoming, list) else [incoming]:
        if not isinstance(metric, Mapping):
            continue
        identity = metric_identity(metric)
        if identity in index:
            merged[index[identity]] = metric
        else:
            index[identity] = len(merged)
            merged.append(metric)
    return merged


def _merge_maps(old: Any, new: Any) -> dict[str, Any]:
    merged = dict(old) if isinstance(old, Mapping) else {}
    if isinstance(new, Mapping):
        merged.update(new)
    return merged


def _sync_entitlements(company: dict[str, Any], balances: Mapping[str, Any] | None, metrics: bool) -> None:
    """A partial carries no refreshed entitlements: bring their credit_remaining and usage in line with
    the merged balances and metrics, as the server would (schematichq does the same)."""
    entitlements = _listed(company.get("entitlements"))
    if not entitlements:
        return
    values = (
        {
            metric_identity(m): m.get("value")
            for m in _listed(company.get("metrics"))
            if isinstance(m, Mapping)
        }
        if metrics
        else {}
    )
    synced = []
    for entitlement in entitlements:
        if not isinstance(entitlement, Mapping):
            synced.append(entitlement)
            continue
        updated = dict(entitlement)
        credit = entitlement.get("credit_id")
        if balances and isinstance(credit, str) and credit in balances:
            updated["credit_remaining"] = balances[credit]
        event = entitlement.get("event_name")
        if values and event:
            identity = (
                event,
                entitlement.get("metric_period") or "all_time",
                entitlement.get("month_reset") or "first_of_month",
            )
            if values.get(identity) is not None:
                updated["usage"] = values[identity]
        synced.append(updated)
    company["entitlements"] = synced


def merge_company(existing: Mapping[str, Any], partial: Mapping[str, Any]) -> dict[str, Any]:
    """`partial` merged into a company: ``keys`` and ``credit_balances`` key by key, ``metrics`` upserted
    by `metric_identity`, every other field present replacing the old one."""
    merged = dict(existing)
    balances = None
    metrics = False
    for name, value in partial.items():
        if name in ("keys", "credit_balances"):
            merged[name] = _merge_maps(existing.get(name), value)
            if name == "credit_balances" and isinstance(value, Mapping):
                balances = value
        elif name == "metrics":
            merged["metrics"] = _upsert_metrics(_listed(existing.get("metrics")), value)
            metrics = True
        else:
            merged[name] = value
    if (balances or metrics) and "entitlements" not in partial:
        _sync_entitlements(merged, balances, metrics)
    return merged


def merge_user(existing: Mapping[str, Any], partial: Mapping[str, Any]) -> dict[str, Any]:
    """`partial` merged into a user: ``keys`` key by key, every other field present replacing the old one."""
    merged = dict(existing)
    for name, value in partial.items():
        merged[name] = _merge_maps(existing.get(name), value) if name == "keys" else value
    return merged


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def add_usage(company: Mapping[str, Any], event: str, quantity: int) -> dict[str, Any] | None:
    """The company with `quantity` added to every metric of event subtype `event`; None if it has none."""
    metrics = _listed(company.get("metrics"))
    if not any(isinstance(m, Mapping) and m.get("event_subtype") == event for m in metrics):
        return None
    bumped = [
        {**m, "value": _count(m.get("value")) + quantity}
        if isinstance(m, Mapping) and m.get("event_subtype") == event
        else m
        for m in metrics
    ]
    return {**company, "metrics": bumped}
