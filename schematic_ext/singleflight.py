"""Single-flight: concurrent cache misses for the same key share one request, in threads and in asyncio.

The first caller (the leader) starts the call; later callers join it. Each caller waits with its own
deadline, so a slow call never holds anyone longer than they asked for. The sync version runs calls on a
small thread pool, which is what lets a caller stop waiting at its deadline even when the server trickles
bytes; the pool is rebuilt in a forked child, whose copy of the parent's threads does not exist.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable, Coroutine, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

__all__ = ["AsyncSingleFlight", "SingleFlight"]

T = TypeVar("T")


class SingleFlight(Generic[T]):
    """Threads: `start(key, fn)` -> (is_leader, Future); wait with ``future.result(timeout)``."""

    def __init__(self, max_workers: int = 8, thread_name_prefix: str = "schematic-flag-check") -> None:
        self._max_workers = max_workers
        self._prefix = thread_name_prefix
        self._lock = threading.Lock()
        self._calls: dict[Hashable, Future[T]] = {}
        self._executor: ThreadPoolExecutor | None = None
        self._pid = os.getpid()

    def start(self, key: Hashable, fn: Callable[[], T]) -> tuple[bool, Future[T]]:
        """Join the call in flight for `key`, or start `fn` on the pool as its leader."""
        with self._lock:
            if self._pid != os.getpid():
                # Forked: the parent's workers and in-flight calls do not exist here.
                self._pid = os.getpid()
                self._calls = {}
                self._executor = None
            future = self._calls.get(key)
            if future is not None:
                return False, future
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self._max_workers, thread_name_prefix=self._prefix)
            future = self._executor.submit(self._run, key, fn)
            self._calls[key] = future
            return True, future

    def _run(self, key: Hashable, fn: Callable[[], T]) -> T:
        try:
            return fn()
        finally:
            with self._lock:
                self._calls.pop(key, None)

    def in_flight(self) -> int:
        """How many calls are running now."""
        return len(self._calls)

    def close(self) -> None:
        """Stop the workers; calls still running finish in the background."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None and self._pid == os.getpid():
            executor.shutdown(wait=False, cancel_futures=True)


class AsyncSingleFlight(Generic[T]):
    """asyncio: `start(key, factory)` -> (is_leader, Task); wait with ``wait_for(shield(task), timeout)``."""

    def __init__(self) -> None:
        self._calls: dict[Hashable, asyncio.Task[T]] = {}

    def start(
        self, key: Hashable, factory: Callable[[], Coroutine[Any, Any, T]]
    ) -> tuple[bool, asyncio.Task[T]]:
        """Join the task in flight for `key` on this event loop, or create it as its leader."""
        loop = asyncio.get_running_loop()
        task = self._calls.get(key)
        if task is not None and not task.done() and task.get_loop() is loop:
            return False, task
        task = loop.create_task(factory())
        self._calls[key] = task
        task.add_done_callback(lambda done: self._finish(key, done))
        return True, task

    def _finish(self, key: Hashable, task: asyncio.Task[T]) -> None:
        if self._calls.get(key) is task:
            del self._calls[key]
        if not task.cancelled():
            task.exception()  # retrieved, so asyncio does not warn when every waiter timed out

    def in_flight(self) -> int:
        """How many calls are running now."""
        return len(self._calls)
