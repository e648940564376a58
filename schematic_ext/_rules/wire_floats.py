"""Floats as the official engine holds them after the JSON hop from Python.

The official SDK writes each float with Python's `repr` and the WASM engine reads it back with
serde_json's fast decimal reader (digits into a u64, then one multiply or divide by a power of ten),
which can land one unit in the last place away from the float that was written. Reading our inputs the
same way keeps credit balances, rates and entitlement amounts bit-for-bit equal to the official ones.
"""

from __future__ import annotations

import math

__all__ = ["engine_float"]

_POW10 = tuple(float(f"1e{exponent}") for exponent in range(309))


def _from_parts(significand: int, exponent: int) -> float:
    value = float(significand)
    while True:
        if abs(exponent) < len(_POW10):
            power = _POW10[abs(exponent)]
            return value * power if exponent >= 0 else value / power
        if value == 0.0 or exponent >= 0:
            return value
        value /= 1e308
        exponent += 308


def engine_float(value: float) -> float:
    """`value` after Python's `repr` and serde_json's reading of it."""
    if not math.isfinite(value):
        return value
    text = repr(value)
    negative = text.startswith("-")
    mantissa, _, power = text.lstrip("-").partition("e")
    whole, _, fraction = mantissa.partition(".")
    result = _from_parts(int(whole + fraction), int(power or 0) - len(fraction))
    return -result if negative else result
