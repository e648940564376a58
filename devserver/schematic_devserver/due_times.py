"""When time alone changes what the datastream sent: one timer on the event loop for many entities.

A company's view changes without any write when a metric period resets or an override expires. The
hub `watch`es each company it sends with that time; `DueTimes` keeps them in a heap, arms a single
loop timer for the earliest, and hands the ids that came due to its callback (which pushes them as if
they had been written). Everything runs on the event loop.
"""

from __future__ import annotations

import asyncio
import heapq
import time
from collections.abc import Callable

__all__ = ["SLACK", "DueTimes"]

SLACK = 0.01
"""Seconds after a due time the timer fires, so a view built then is already past the change."""


class DueTimes:
    """Ids and the epoch time each is next due; `on_due` gets the ids whose time has come."""

    def __init__(self, on_due: Callable[[list[str]], None]) -> None:
        self._on_due = on_due
        self._due: dict[str, float] = {}
        self._heap: list[tuple[float, str]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._handle: asyncio.TimerHandle | None = None
        self._armed_at: float | None = None

    def bind(self, loop: asyncio.AbstractEventLoop | None) -> None:
        """Run timers on `loop`; None (the last connection closed) forgets every due time."""
        if self._handle is not None:
            self._handle.cancel()
        self._handle = self._armed_at = None
        self._due.clear()
        self._heap.clear()
        self._loop = loop

    def watch(self, entity_id: str, at: float | None) -> None:
        """`entity_id` is next due at `at` (epoch seconds); None: time alone never changes it."""
        if at is None:
            self._due.pop(entity_id, None)
            return
        if self._due.get(entity_id) == at:
            return
        self._due[entity_id] = at
        heapq.heappush(self._heap, (at, entity_id))
        if self._armed_at is None or at < self._armed_at:
            self._arm(at)

    def __len__(self) -> int:
        return len(self._due)

    def _arm(self, at: float) -> None:
        if self._loop is None:
            return
        if self._handle is not None:
            self._handle.cancel()
        self._armed_at = at
        self._handle = self._loop.call_later(max(0.0, at - time.time()) + SLACK, self._fire)

    def _fire(self) -> None:
        self._handle = self._armed_at = None
        now = time.time()
        due: list[str] = []
        heap = self._heap
        while heap and (heap[0][0] <= now or self._due.get(heap[0][1]) != heap[0][0]):
            at, entity_id = heapq.heappop(heap)
            if self._due.get(entity_id) == at:  # else a later watch replaced it, or it was dropped
                del self._due[entity_id]
                due.append(entity_id)
        if heap:
            self._arm(heap[0][0])
        if due:
            self._on_due(due)
