"""The credit rule: when a company's balance of a credit covers one unit of a feature's use."""

from __future__ import annotations

__all__ = ["DEFAULT_CONSUMPTION_RATE", "credit_covers"]

DEFAULT_CONSUMPTION_RATE = 1.0
"""The credits one unit burns when a credit condition or entitlement names no rate."""


def credit_covers(balance: float, rate: float) -> bool:
    """Whether ``balance`` covers one unit at ``rate``: at least the rate, and positive even at a zero rate."""
    return balance > 0.0 if rate == 0.0 else balance >= rate
