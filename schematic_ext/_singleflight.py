"""Single-flight: concurrent cache misses for the same key share one request, in threads and in asyncio.

The first caller (the leader) starts the call; later callers join it. Each caller waits with its own
deadline, so a slow call never holds anyone longer than they asked for. The sync version runs calls on an
elastic pool of threads, which is what lets a caller stop waiting at its deadline even when the server
trickles bytes: the pool starts a thread per call when none is idle, up to a bound, and a thread idle for
a while exits, so a burst leaves no crowd behind. The pool is rebuilt in a forked child, whose copy of
the parent's threads does not exist.
"""

from __future__ import annotations

import asyncio
import collections
import os
import threading
from collections.abc import Callable, Coroutine, Hashable
from concurrent.futures import Future
from typing import Any, Generic, TypeVar

__all__ = ["AsyncSingleFlight", "Flight", "SingleFlight"]

T = TypeVar("T")

DEFAULT_MAX_WORKERS = 100
DEFAULT_IDLE_TIMEOUT = 30.0


class Flight(Generic[T]):
    """One call: started by a worker (maybe after a wait in the queue), then done."""

    __slots__ = ("future", "started")

    def __init__(self) -> None:
        self.future: Future[T] = Future()
        self.started = threading.Event()

    def result(self, timeout: float) -> T:
        """Wait up to `timeout` for the call to start, then up to `timeout` more for its answer.

        The deadline covers the request, not a queue: a call waits for a worker only when every worker
        of the pool is busy, and then never longer than `timeout`, so a caller waits at most twice it.
        """
        if not self.started.wait(timeout):
            raise TimeoutError(f"no flag-check worker was free within {timeout:g}s")
        return self.future.result(timeout)


class ElasticPool:
    """Threads started on demand up to `max_workers`; a thread idle for `idle_timeout` seconds exits.

    `concurrent.futures.ThreadPoolExecutor` starts threads on demand too, but keeps every one until
    shutdown, so a burst of 100 misses would leave 100 threads for the life of the process.
    """

    def __init__(self, max_workers: int, idle_timeout: float, thread_name_prefix: str) -> None:
        self.max_workers = max_workers
        self.idle_timeout = idle_timeout
        self._prefix = thread_name_prefix
        self._cond = threading.Condition(threading.Lock())
        self._queue: collections.deque[tuple[Flight[Any], Callable[[], Any]]] = collections.deque()
        self._workers = 0
        self._idle = 0
        self._started = 0
        self._closed = False

    def submit(self, flight: Flight[T], fn: Callable[[], T]) -> None:
        """Queue `fn`; wake an idle thread, or start one when every thread is busy and the bound allows."""
        with self._cond:
            if self._closed:
                raise RuntimeError("the flag-check pool is closed")
            self._queue.append((flight, fn))
            if len(self._queue) <= self._idle:
                self._cond.notify()
                return
            if self._workers >= self.max_workers:
                return  # queued: the next thread to finish takes it
            self._workers += 1
            self._started += 1
            name = f"{self._prefix}-{self._started}"
        threading.Thread(target=self._work, name=name, daemon=True).start()

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._queue:
                    if self._closed:
                        self._workers -= 1
                        return
                    self._idle += 1
                    woken = self._cond.wait(self.idle_timeout)
                    self._idle -= 1
                    if not woken and not self._queue:
                        self._workers -= 1
                        return
                flight, fn = self._queue.popleft()
            flight.started.set()
            try:
                result = fn()
            except BaseException as exc:
                flight.future.set_exception(exc)
            else:
                flight.future.set_result(result)

    def workers(self) -> int:
        """How many threads are alive now, busy or idle."""
        return self._workers

    def close(self) -> None:
        """Cancel queued calls and let idle threads exit; running calls finish in the background."""
        with self._cond:
            self._closed = True
            queued, self._queue = list(self._queue), collections.deque()
            self._cond.notify_all()
        for flight, _ in queued:
            flight.future.cancel()
            flight.started.set()


class SingleFlight(Generic[T]):
    """Threads: `start(key, fn)` -> Flight; wait with ``flight.result(timeout)``."""

    def __init__(
        self,
        max_workers: int = DEFAULT_MAX_WORKERS,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        thread_name_prefix: str = "schematic-flag-check",
    ) -> None:
        self._max_workers = max_workers
        self._idle_timeout = idle_timeout
        self._prefix = thread_name_prefix
        self._lock = threading.Lock()
        self._calls: dict[Hashable, Flight[T]] = {}
        self._pool: ElasticPool | None = None
        self._pid = os.getpid()

    def start(self, key: Hashable, fn: Callable[[], T]) -> Flight[T]:
        """Join the call in flight for `key`, or queue `fn` on the pool as its leader."""
        with self._lock:
            if self._pid != os.getpid():
                # Forked: the parent's workers and in-flight calls do not exist here.
                self._pid = os.getpid()
                self._calls = {}
                self._pool = None
            flight = self._calls.get(key)
            if flight is not None:
                return flight
            if self._pool is None:
                self._pool = ElasticPool(self._max_workers, self._idle_timeout, self._prefix)
            flight = Flight()
            self._pool.submit(flight, lambda: self._run(key, fn))
            self._calls[key] = flight
            return flight

    def _run(self, key: Hashable, fn: Callable[[], T]) -> T:
        try:
            return fn()
        finally:
            with self._lock:
                self._calls.pop(key, None)

    def in_flight(self) -> int:
        """How many calls are queued or running now."""
        return len(self._calls)

    def workers(self) -> int:
        """How many worker threads are alive now."""
        pool = self._pool
        return 0 if pool is None or self._pid != os.getpid() else pool.workers()

    def close(self) -> None:
        """Stop the workers; calls still running finish in the background."""
        with self._lock:
            pool, self._pool = self._pool, None
            self._calls = {}  # queued calls are cancelled; running ones no longer take joiners
        if pool is not None and self._pid == os.getpid():
            pool.close()


class AsyncSingleFlight(Generic[T]):
    """asyncio: `start(key, factory)` -> Task; wait with ``wait_for(shield(task), timeout)``."""

    def __init__(self) -> None:
        self._calls: dict[Hashable, asyncio.Task[T]] = {}

    def start(self, key: Hashable, factory: Callable[[], Coroutine[Any, Any, T]]) -> asyncio.Task[T]:
        """Join the task in flight for `key` on this event loop, or create it as its leader."""
        loop = asyncio.get_running_loop()
        task = self._calls.get(key)
        if task is not None and not task.done() and task.get_loop() is loop:
            return task
        task = loop.create_task(factory())
        self._calls[key] = task
        task.add_done_callback(lambda done: self._finish(key, done))
        return task

    def _finish(self, key: Hashable, task: asyncio.Task[T]) -> None:
        if self._calls.get(key) is task:
            del self._calls[key]
        if not task.cancelled():
            task.exception()  # retrieved, so asyncio does not warn when every waiter timed out

    def in_flight(self) -> int:
        """How many calls are running now."""
        return len(self._calls)

    async def aclose(self) -> None:
        """Cancel the calls running on this event loop and wait until they have stopped."""
        loop = asyncio.get_running_loop()
        calls, self._calls = self._calls, {}
        tasks = []
        for task in calls.values():
            if task.get_loop() is loop and task.cancel():
                tasks.append(task)
        if tasks:
            await asyncio.wait(tasks)
