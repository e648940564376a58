"""When a failed request is worth another try and how long to wait: the one decision behind the base
client's retries, event delivery and the session mint's back-off, and the one ``Retry-After`` reader."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from ._errors import ApiError

__all__ = ["RetryPolicy", "read_retry_after"]

RETRYABLE_STATUSES = frozenset({408, 429})
# 2.0 ** 1024 overflows; past this the doubling is far beyond any max_delay anyway.
_MAX_EXPONENT = 1023


def read_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds a response's ``Retry-After`` asks to wait (delta-seconds or HTTP-date); None if absent or bad.

    `headers` is an ``httpx.Headers`` or an `ApiError`'s lower-cased ``headers``.
    """
    value = headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with jitter; a server's ``Retry-After`` wins, capped at `max_retry_after`."""

    initial_delay: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_delay: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    max_retry_after: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    jitter: float = attrs.field(default=0.25, validator=[attrs.validators.ge(0), attrs.validators.le(1)])

    @staticmethod
    def is_retryable_status(status_code: int) -> bool:
        """408, 429 and every 5xx are worth another try; other statuses will not change."""
        return status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599

    def retry_delay(self, error: ApiError, attempt: int) -> float | None:
        """Seconds to wait before retry number `attempt` (0-based) after `error`, or None if another try
        cannot help: transport failures (no status), 408, 429 and 5xx are retried, other statuses not."""
        status = error.status_code
        if status is not None and not self.is_retryable_status(status):
            return None
        return self.delay(attempt, read_retry_after(error.headers))

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to sleep before retry number `attempt` (0-based), or `retry_after` (capped) if given."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        base = min(self.max_delay, self.initial_delay * (2.0 ** min(attempt, _MAX_EXPONENT)))
        return base * (1 - self.jitter * random.random())
