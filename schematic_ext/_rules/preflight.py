"""Preflight: a check against usage an action has not recorded yet, to ask "would this be allowed?".

The input is the public description's ``PreflightRequestBody``: ``usage`` moves every numeric condition
(metric conditions, int trait conditions and credit conditions), ``event_usage`` only the metric and
credit conditions of its event subtype (where, unless zero, it wins over ``usage``), and
``credit_cost`` prices a credit directly (winning over both). Sums wrap at 64 bits, as in Schematic's
engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .coerce import as_float, as_int, as_mapping, as_str

__all__ = ["NEGATIVE_COST", "NEGATIVE_USAGE", "Preflight", "compile_preflight", "wrap_int64"]

NEGATIVE_USAGE = "preflight usage cannot be negative"
NEGATIVE_COST = "preflight credit cost cannot be negative"

_TWO_63 = 2**63
_TWO_64 = 2**64


def wrap_int64(value: int) -> int:
    """`value` wrapped into a signed 64-bit integer, as Rust's wrapping addition leaves it."""
    return (value + _TWO_63) % _TWO_64 - _TWO_63


class Preflight:
    """A compiled ``PreflightRequestBody``: the hypothetical usage, per event subtype, and credit costs."""

    __slots__ = ("credit_cost", "event_quantity", "event_subtype", "usage")

    def __init__(
        self,
        usage: int | None,
        event_subtype: str | None,
        event_quantity: int | None,
        credit_cost: Mapping[str, float],
    ) -> None:
        self.usage = usage
        self.event_subtype = event_subtype
        self.event_quantity = event_quantity
        self.credit_cost = credit_cost

    def quantity(self, event_subtype: str | None) -> int | None:
        """The usage a condition on `event_subtype` is moved by: the event usage of that subtype when it
        is not zero, else ``usage`` (None when neither applies)."""
        if event_subtype is not None and event_subtype == self.event_subtype and self.event_quantity:
            return self.event_quantity
        return self.usage


def compile_preflight(raw: Mapping[str, Any] | Preflight | None) -> Preflight | str | None:
    """The compiled preflight, None when it asks nothing, or the engine's error for a negative value."""
    if raw is None or isinstance(raw, Preflight):
        return raw
    usage = as_int(raw.get("usage"))
    event_usage = as_mapping(raw.get("event_usage"))
    event_subtype = as_str(event_usage.get("event_subtype"))
    event_quantity = as_int(event_usage.get("quantity")) if event_subtype is not None else None
    costs: dict[str, float] = {}
    for credit_id, cost in as_mapping(raw.get("credit_cost")).items():
        number = as_float(cost)
        if isinstance(credit_id, str) and number is not None:
            costs[credit_id] = number
    if (usage is not None and usage < 0) or (event_quantity is not None and event_quantity < 0):
        return NEGATIVE_USAGE
    if any(cost < 0 for cost in costs.values()):
        return NEGATIVE_COST
    if usage is None and event_quantity is None and not costs:
        return None
    return Preflight(usage, event_subtype if event_quantity is not None else None, event_quantity, costs)
