"""A circuit breaker: after repeated API failures, stop calling for a cool-off so checks answer at once.

closed --N consecutive failures--> open --cooldown elapsed--> half-open (one probe) --success--> closed
                                     ^------------------------ probe fails ----------------------'
Only failures that say "the API is unwell" count (transport errors, timeouts, 429, 5xx); a 404 is an answer.
Outcomes are recorded where each request completes, never from a caller that stopped waiting.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from ._validators import non_negative_number, positive_int

__all__ = ["CircuitBreaker"]

CLOSED = "closed"
OPEN = "open"
HALF_OPEN = "half-open"


class CircuitBreaker:
    """Thread-safe; `allow()` is cheap and takes no lock while closed (the common case)."""

    def __init__(
        self,
        failure_threshold: int = 3,
        cooldown: float = 10.0,
        *,
        logger: logging.Logger | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.failure_threshold = positive_int(failure_threshold, "failure_threshold")
        self.cooldown = non_negative_number(cooldown, "cooldown")
        self._logger = logger or logging.getLogger("schematic_ext")
        self._clock = clock
        self._lock = threading.Lock()
        self.state = CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._probe_started = 0.0

    def allow(self) -> bool:
        """May a request go out now? While half-open, only one probe at a time is let through."""
        state = self.state
        if state == CLOSED:
            return True
        if state == OPEN and self._clock() - self._opened_at < self.cooldown:
            return False  # the common case while open, decided without the lock
        with self._lock:
            now = self._clock()
            if self.state == OPEN:
                if now - self._opened_at < self.cooldown:
                    return False
                self.state = HALF_OPEN
                self._probe_started = now
                self._logger.info("schematic: circuit half-open; probing the API")
                return True
            if self.state == HALF_OPEN and now - self._probe_started >= self.cooldown:
                # The last probe never reported back; let another through rather than stay stuck.
                self._probe_started = now
                return True
            return self.state == CLOSED

    def record_success(self) -> None:
        """The API answered: close the circuit."""
        if self.state == CLOSED and self._failures == 0:
            return
        with self._lock:
            if self.state != CLOSED:
                self._logger.info("schematic: circuit closed; the API answers again")
            self.state = CLOSED
            self._failures = 0

    def record_failure(self) -> None:
        """The API failed: open after `failure_threshold` in a row, or at once when a probe fails."""
        with self._lock:
            self._failures += 1
            if self.state == HALF_OPEN or (self.state == CLOSED and self._failures >= self.failure_threshold):
                self.state = OPEN
                self._opened_at = self._clock()
                self._logger.warning(
                    "schematic: circuit open after %d failure(s); flag checks use cached values or defaults "
                    "for %.1fs",
                    self._failures,
                    self.cooldown,
                )

    def __repr__(self) -> str:
        return f"CircuitBreaker(state={self.state!r}, failures={self._failures})"
