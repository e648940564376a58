"""Trait values as Schematic's engine reads them (int, number, bool, date) and the operators over each type.

Each comparable type has a `convert` (string → comparable form, done once where the value is known at
compile time) and, per operator, a two-argument predicate over converted forms.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from .dates import parse_date

__all__ = [
    "COMPARABLE_TYPES",
    "Converted",
    "Predicate",
    "compare_int64",
    "convert",
    "parse_int64",
    "predicate",
]

Converted = Any
Predicate = Callable[[Any, Any], bool]

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
COMPARABLE_TYPES = ("string", "int", "bool", "date")

_INT = re.compile(r"[+-]?[0-9]+")
# What Rust's f64 parser takes: no whitespace, no underscores, ASCII digits only.
_FLOAT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def parse_int64(value: str) -> int | None:
    """`value` as a signed 64-bit decimal integer (optional sign, ASCII digits), else None."""
    if _INT.fullmatch(value) is None:
        return None
    digits = value.lstrip("+-").lstrip("0")
    if len(digits) > 19:
        return None
    number = -int(digits or "0") if value.startswith("-") else int(digits or "0")
    return number if INT64_MIN <= number <= INT64_MAX else None


def to_number(value: str) -> int | float:
    """An int-type trait value: an int64 if it is one, else a finite float, else 0."""
    number = parse_int64(value)
    if number is not None:
        return number
    if _FLOAT.fullmatch(value) is None:
        return 0
    real = float(value)
    return real if math.isfinite(real) else 0


def to_bool(value: str) -> bool:
    return value == "true" or value == "1"


def convert(value: str, comparable_type: str) -> Converted:
    """`value` in the comparable form of `comparable_type` (unknown types compare as strings)."""
    if comparable_type == "int":
        return to_number(value)
    if comparable_type == "bool":
        return to_bool(value)
    if comparable_type == "date":
        return parse_date(value)
    return value


def _pair(a: int | float, b: int | float) -> tuple[int | float, int | float]:
    """Both as ints when both are ints, else both as floats (an int rounded as Rust's `as f64` does)."""
    if type(a) is int and type(b) is int:
        return a, b
    return float(a), float(b)


def _never(a: Any, b: Any) -> bool:
    return False


def _always(a: Any, b: Any) -> bool:
    return True


def _num_eq(a: Any, b: Any) -> bool:
    x, y = _pair(a, b)
    return x == y


def _num_ne(a: Any, b: Any) -> bool:
    x, y = _pair(a, b)
    return x != y


def _num_gt(a: Any, b: Any) -> bool:
    x, y = _pair(a, b)
    return x > y


def _num_gte(a: Any, b: Any) -> bool:
    x, y = _pair(a, b)
    return x >= y


def _num_lt(a: Any, b: Any) -> bool:
    x, y = _pair(a, b)
    return x < y


def _num_lte(a: Any, b: Any) -> bool:
    x, y = _pair(a, b)
    return x <= y


def _date_eq(a: int | None, b: int | None) -> bool:
    return a == b


def _date_ne(a: int | None, b: int | None) -> bool:
    return a != b


def _date_gt(a: int | None, b: int | None) -> bool:
    if a is None:
        return False
    return b is None or a > b


def _date_lt(a: int | None, b: int | None) -> bool:
    if b is None:
        return False
    return a is None or a < b


def _date_gte(a: int | None, b: int | None) -> bool:
    return a == b or _date_gt(a, b)


def _date_lte(a: int | None, b: int | None) -> bool:
    return a == b or _date_lt(a, b)


_ORDERED: dict[str, Predicate] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a > b,
    "gte": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "lte": lambda a, b: a <= b,
}

_PREDICATES: dict[str, dict[str, Predicate]] = {
    "string": {**_ORDERED, "is_empty": lambda a, b: a == "", "not_empty": lambda a, b: a != ""},
    "int": {
        "eq": _num_eq,
        "ne": _num_ne,
        "gt": _num_gt,
        "gte": _num_gte,
        "lt": _num_lt,
        "lte": _num_lte,
        "is_empty": lambda a, b: a == 0,
        "not_empty": lambda a, b: a > 0,
    },
    "bool": {"eq": _ORDERED["eq"], "ne": _ORDERED["ne"], "is_empty": _never, "not_empty": _always},
    "date": {
        "eq": _date_eq,
        "ne": _date_ne,
        "gt": _date_gt,
        "gte": _date_gte,
        "lt": _date_lt,
        "lte": _date_lte,
        "is_empty": lambda a, b: a is None,
        "not_empty": lambda a, b: a is not None,
    },
}


def predicate(comparable_type: str, operator: str) -> Predicate:
    """The test `operator` makes between two values converted as `comparable_type`; unknown ones never hold."""
    return _PREDICATES.get(comparable_type, _PREDICATES["string"]).get(operator, _never)


_INT64_OPS: dict[str, Callable[[int, int], bool]] = {
    **_ORDERED,
    "is_empty": lambda a, b: a == 0,
    "not_empty": lambda a, b: a > 0,
}


def compare_int64(operator: str) -> Callable[[int, int], bool]:
    """The integer test of a metric condition."""
    return _INT64_OPS.get(operator, _never)
