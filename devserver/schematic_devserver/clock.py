"""Timestamps on the wire: RFC 3339 UTC strings out, epoch seconds in storage."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

__all__ = ["UTC", "from_epoch", "isoformat", "parse_time"]

UTC = timezone(timedelta(0))


def isoformat(epoch: float) -> str:
    """Render epoch seconds as RFC 3339 UTC with milliseconds, e.g. ``2024-05-15T12:30:00.000Z``."""
    return from_epoch(epoch).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def from_epoch(epoch: float) -> datetime:
    """Epoch seconds as an aware UTC datetime."""
    return datetime.fromtimestamp(epoch, UTC)


def parse_time(text: str) -> float | None:
    """Parse an RFC 3339 timestamp (``Z`` or offset; naive taken as UTC) to epoch seconds, None if bad."""
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()
