"""``partial`` messages: the fields of a company or user that changed since the copy a client holds.

The protocol merges a partial into the client's copy: ``keys`` and ``credit_balances`` key by key,
``metrics`` upserted by ``(event_subtype, period, month_reset)``, every other field replaced. A partial
is only sent when that merge, done by the SDK's own merge, gives exactly the new view; a removal
(a key, a balance, a metric, a field) cannot be said in a partial, so those changes go out ``full``.
A metric's ``created_at`` (when its view was built) is not data: it alone is no change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from schematic_ext._datastream.merge import merge_company, merge_user, metric_identity

__all__ = ["partial_of"]

_MAPS = ("keys", "credit_balances")


def _changed_entries(old: Any, new: Any) -> dict[str, Any] | None:
    """The entries of a merged-by-key map that are new or changed; None when one was removed."""
    if not isinstance(old, Mapping) or not isinstance(new, Mapping) or set(old) - set(new):
        return None
    return {key: value for key, value in new.items() if key not in old or old[key] != value}


def _content(metric: Any) -> Any:
    """A metric less its ``created_at`` (the moment its view was built, not data)."""
    if not isinstance(metric, Mapping):
        return metric
    return {key: value for key, value in metric.items() if key != "created_at"}


def _comparable(view: Mapping[str, Any]) -> dict[str, Any]:
    metrics = view.get("metrics")
    return {**view, "metrics": [_content(m) for m in metrics]} if isinstance(metrics, list) else dict(view)


def _changed_metrics(old: Any, new: Any) -> list[Any] | None:
    """The metrics that are new or changed; None when one was removed (or identities repeat)."""
    if not isinstance(old, list) or not isinstance(new, list):
        return None
    held = {metric_identity(metric): _content(metric) for metric in old if isinstance(metric, Mapping)}
    identities = [metric_identity(metric) for metric in new if isinstance(metric, Mapping)]
    if len(identities) != len(new) or len(set(identities)) != len(identities) or set(held) - set(identities):
        return None
    return [metric for metric in new if held.get(metric_identity(metric)) != _content(metric)]


def partial_of(is_company: bool, old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any] | None:
    """The partial that turns `old` into `new` when a client merges it, or None when only a ``full`` can."""
    if set(old) - set(new):
        return None
    partial: dict[str, Any] = {"id": new.get("id")}
    for name, value in new.items():
        if name == "id" or (name in old and old[name] == value):
            continue
        if name in _MAPS and (name == "keys" or is_company):
            entries = _changed_entries(old.get(name), value)
            if entries is None:
                return None
            partial[name] = entries
        elif name == "metrics" and is_company:
            metrics = _changed_metrics(old.get(name), value)
            if metrics is None:
                return None
            if metrics:
                partial[name] = metrics
        else:
            partial[name] = value
    merged = merge_company(old, partial) if is_company else merge_user(old, partial)
    return partial if _comparable(merged) == _comparable(new) else None
