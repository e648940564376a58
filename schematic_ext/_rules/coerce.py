"""Reading JSON-like inputs defensively: a wrong or missing value reads as absent, never as an error."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["as_float", "as_int", "as_list", "as_mapping", "as_str", "as_str_set"]

_EMPTY: Mapping[str, Any] = {}


def as_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def as_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_float(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            return None
    return None


def as_list(value: object) -> Iterable[Any]:
    """A list or tuple as is; `null` (Go's empty list) and anything else as empty."""
    return value if isinstance(value, (list, tuple)) else ()


def as_mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else _EMPTY


def as_str_set(value: object) -> frozenset[str]:
    return frozenset(item for item in as_list(value) if isinstance(item, str))
