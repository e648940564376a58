"""The event pipeline: a bounded queue and a few background workers that deliver it in batches.

Callers only append to the queue (see `EventPipeline.enqueue`). Up to `max_in_flight` workers take
batches from it and send each once, to ``create_event_batch`` or in the capture format (the
`batch_request` encoder, see `wire`); nothing waits behind a failing batch:

* A batch that fails transiently (connection error, timeout, 408, 429, 5xx) goes back with a retry
  time of its own, while the other workers keep sending.
* Backoff grows with the failures *in a row across the pipeline*, the sign of an outage, and resets
  on any answer from the API. After `max_in_flight + 2` failures in a row the pipeline sends one probe
  at a time (the next retry due) and holds new batches; the first success makes every waiting retry
  due at once, so the backlog drains at full speed. ``Retry-After`` holds every send until it passes.
* A 400/413/422 is bisected, so that only the events the API rejects are reported.
* During a shutdown, retries are pulled in so that the last try still happens before the deadline.

Every event carries its ``idempotency_key`` from the first send, so a batch re-sent after an
ambiguous failure is stored once. Whatever is not delivered goes to ``on_error(error, events)`` and
is counted in `EventStats`.
"""

from __future__ import annotations

import atexit
import logging
import math
import os
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from .._errors import ApiConnectionError, ApiError
from .._retry import RetryPolicy, read_retry_after
from .._validators import boolean, non_negative_number, optional_callable, positive_int
from .wire import (
    MAX_BATCH_EVENTS,
    SLOTS,
    BatchRequest,
    QueuedEvent,
    TrackItem,
    event_batch_request,
    read_all,
    read_event,
    wire_event,
    wire_item,
)

if TYPE_CHECKING:
    from .._base_client import SyncApiClient

# Statuses that say "something in this batch is malformed": split it to find the culprits.
_BISECT_STATUSES = frozenset({400, 413, 422})
_MAX_BACKOFF_ATTEMPT = 30
_DROP_LOG_INTERVAL = 10.0
# How long shutdown() waits past its deadline for the workers to report what they hold themselves.
_SHUTDOWN_GRACE = 0.5
# During a shutdown a retry goes out at the latest this long before the deadline, and never sooner
# than `_MIN_RETRY_GAP` after the failure it follows.
_LAST_TRY_LEAD = 0.25
_MIN_RETRY_GAP = 0.05
DEFAULT_MAX_IN_FLIGHT = 4
# Delivery's own schedule: an outage is probed at least every 3 s, so a recovered API gets the
# backlog within seconds (one small request per process per probe).
DELIVERY_RETRY = RetryPolicy(initial_delay=0.5, max_delay=3.0)

EventErrorHandler = Callable[[Exception, list[dict[str, Any]]], None]
"""``on_error(error, events)``: events (wire dicts, with their idempotency keys) that were not delivered."""


class EventQueueFullError(ApiError):
    """The queue held `max_queue_size` events already; the new event was rejected (never blocks)."""


class EventDeliveryTimeoutError(ApiError):
    """A flush or shutdown deadline passed before these events could be delivered."""


class EventDeliveryError(ApiError):
    """`flush()` could not deliver some events; `__cause__` is the last error, `failed` how many."""

    def __init__(self, message: str, *, failed: int, cause: ApiError) -> None:
        super().__init__(message, status_code=cause.status_code, body=cause.body, headers=cause.headers)
        self.failed = failed


@attrs.frozen
class EventStats:
    """Event counters since the pipeline started (or since a fork, in a child process).

    `queued` events wait for delivery (in the queue, in flight or waiting to be retried); `sent` were
    delivered; `retried` counts event re-sends after transient failures; `dropped` were rejected
    because the queue was full or the pipeline closed; `failed` were given up (rejected by the API, or
    undelivered at a shutdown deadline); `batches` counts successful requests.
    """

    queued: int
    sent: int
    retried: int
    dropped: int
    failed: int
    batches: int


NO_STATS = EventStats(queued=0, sent=0, retried=0, dropped=0, failed=0, batches=0)


class _Batch:
    """Events taken from the queue together: sequence numbers ``first`` .. ``first + len - 1``."""

    __slots__ = ("attempts", "error", "events", "first", "retry_at")

    def __init__(self, events: list[dict[str, Any]], first: int) -> None:
        self.events = events
        self.first = first
        self.attempts = 0
        self.retry_at = 0.0
        self.error: ApiError | None = None  # the last failure, reported if the batch is given up


class EventPipeline:
    """A bounded queue and up to `max_in_flight` background workers that deliver it in batches.

    `enqueue()` never blocks and never sends on the caller's thread: below `_fast_limit` it is one
    atomic ``deque.extend`` with no lock; at the limit it takes the lock to start a worker, wake the
    workers for a full batch (otherwise they look every `flush_interval`) or reject the event. Workers
    start on first use, so a client created before ``os.fork()`` (gunicorn ``--preload``, Celery
    prefork) starts no thread in the parent; a forked child gets an empty queue and workers of its
    own, and events queued before the fork stay the parent's. Requests, built by `batch_request`, go
    through the client's `SyncApiClient.send` (its ``httpx.Auth`` and transport), one try each: the
    schedule is the pipeline's. A 401/403 is permanent for the batch (a session ``httpx.Auth`` re-mints on 401 first).
    """

    def __init__(
        self,
        api: SyncApiClient,
        *,
        batch: bool = True,
        batch_size: int = MAX_BATCH_EVENTS,
        flush_interval: float = 5.0,
        max_queue_size: int = 10_000,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        on_error: EventErrorHandler | None = None,
        retry_policy: RetryPolicy | None = None,
        shutdown_timeout: float = 10.0,
        request_timeout: float = 10.0,
        logger: logging.Logger | None = None,
        close_api: bool = False,
        batch_request: BatchRequest = event_batch_request,
    ) -> None:
        boolean(batch, "batch")
        optional_callable(on_error, "on_error")
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise TypeError(f"retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}")
        self._api = api
        self._batch_size = positive_int(batch_size, "batch_size") if batch else 1
        # batch_size is when to send; a request carries as many queued events as the API allows.
        self._request_size = MAX_BATCH_EVENTS if batch else 1
        self._flush_interval = non_negative_number(flush_interval, "flush_interval")
        self._max_queue_size = positive_int(max_queue_size, "max_queue_size")
        self._max_in_flight = positive_int(max_in_flight, "max_in_flight")
        # More failures in a row than requests that can be in flight at once: nothing gets through.
        self._outage_after = self._max_in_flight + 2
        self._on_error = on_error
        self._retry_policy = retry_policy or DELIVERY_RETRY
        self._shutdown_timeout = non_negative_number(shutdown_timeout, "shutdown_timeout", allow_inf=True)
        self._request_timeout = min(
            non_negative_number(request_timeout, "request_timeout"), api.options.timeout
        )
        self._logger = logger or api.options.logger
        self._close_api = close_api
        self._batch_request = batch_request
        self._closed = False
        self._init_state()
        _PIPELINES.add(self)
        self._watch_for_collection()

    def _init_state(self) -> None:
        """Fresh queue, counters, locks and no workers: at construction and in a forked child."""
        self._lock = threading.Lock()
        self._progress = threading.Condition(self._lock)
        self._wake = threading.Event()
        self._kicked = False  # the workers were woken for a full batch and have not looked yet
        self._queue: deque[Any] = deque()  # `SLOTS` entries per event (see `TrackItem`)
        # A producer appends without the lock while len(_queue) < _fast_limit; at the limit (no worker
        # yet, a batch about to fill, queue full, or closed) it takes the locked path in `_admit`.
        self._fast_limit = 0
        self._workers: list[threading.Thread] = []
        self._busy = 0  # workers holding a batch
        self._stopping = False
        self._deadline: float | None = None
        self._next_flush = time.monotonic() + self._flush_interval
        # Events get sequence numbers 1, 2, … as they are taken from the queue (`_taken` is the last
        # one). A flush waits until every number up to its target is resolved; resolution is out of
        # order, so "resolved up to" is the lowest number still held, in flight or waiting to retry.
        self._taken = 0
        self._drain_to = 0  # send everything up to this number now (a flush, or the interval's tick)
        self._in_flight: set[_Batch] = set()
        self._waiting: list[_Batch] = []  # failed, each with its own retry time
        self._held = 0  # events in `_in_flight` and `_waiting`
        self._failures_in_row = 0  # transient failures with no answer from the API in between
        self._resume_at = 0.0  # nothing is sent before this (Retry-After)
        self._abandoned = False  # shutdown reported the workers' events: their late results do not count
        self._failures: deque[tuple[int, int, ApiError]] = deque(maxlen=1024)  # (first seq, count, error)
        self._sent = self._retried = self._dropped = self._failed = self._batches = 0
        self._next_drop_log = 0.0

    def _watch_for_collection(self) -> None:
        # Events still held when the pipeline is garbage-collected without shutdown() are reported.
        self._finalizer = weakref.finalize(
            self, _report_abandoned, self._queue, self._waiting, self._on_error, self._logger
        )
        self._finalizer.atexit = False

    # -- caller side -----------------------------------------------------------------------------------

    def enqueue(self, event: QueuedEvent) -> None:
        """Queue one event (a `track_item`, or a wire event from `track_event` / `identify_event`); never blocks."""
        item: TrackItem = wire_item(event) if isinstance(event, dict) else event
        queue = self._queue
        if len(queue) < self._fast_limit:
            queue.extend(item)  # atomic: a worker never sees part of an event
        else:
            self._admit(item)

    def _admit(self, item: TrackItem) -> None:
        """The locked path of `enqueue`: start a worker, wake the workers for a full batch, or reject."""
        with self._lock:
            queued = len(self._queue) // SLOTS
            accept = not self._closed and queued + self._held < self._max_queue_size
            if accept:
                self._queue.extend(item)
                if not self._workers:
                    self._spawn()
                if queued + 1 >= self._batch_size and not self._kicked:
                    self._kicked = True
                    self._wake_workers()
                self._update_fast_limit()
            else:
                self._dropped += 1
            closed = self._closed
        if accept:
            return
        if closed:
            error = EventQueueFullError("the event pipeline is shut down; event dropped")
        else:
            error = EventQueueFullError(
                f"event queue is full (max_queue_size={self._max_queue_size}); event dropped"
            )
        if self._on_error is not None:
            self._report(error, [wire_event(item)])
            return
        # Without a callback, a sustained overflow logs once per interval rather than once per event.
        now = time.monotonic()
        if now >= self._next_drop_log:
            self._next_drop_log = now + _DROP_LOG_INTERVAL
            self._logger.error("schematic: %s (%d dropped so far)", error, self._dropped)

    def _update_fast_limit(self) -> None:
        # With the lock held, whenever the room, the kick state or the workers' state changes. Producers
        # that read a stale limit at the same moment can each add one event past it: the bound is exact
        # for one producer and within one event per concurrent producer otherwise.
        if self._closed or not self._workers:
            self._fast_limit = 0
            return
        room = self._max_queue_size - self._held
        events = room if self._kicked else min(room, self._batch_size - 1)
        self._fast_limit = max(0, events) * SLOTS

    def _wake_workers(self) -> None:
        """With the lock held: there is work; wake the workers, adding one if every worker is busy."""
        self._wake.set()
        if self._busy == len(self._workers) and len(self._workers) < self._max_in_flight:
            self._spawn()

    def _spawn(self) -> None:
        # With the lock held: on first enqueue (and first after a fork), and while work outgrows them.
        thread = threading.Thread(
            target=_worker_main,
            args=(weakref.ref(self),),
            name=f"schematic-events-{len(self._workers) + 1}",
            daemon=True,
        )
        self._workers.append(thread)
        thread.start()

    def flush(self, timeout: float | None = None) -> None:
        """Block until every event queued before this call is resolved; raise if any was not delivered.

        Raises `EventDeliveryError` when some could not be delivered (they went to ``on_error``), and
        `EventDeliveryTimeoutError` when `timeout` seconds pass first (those events stay queued and keep
        being retried). ``timeout=None`` waits as long as delivery takes.
        """
        limit = None if timeout is None else non_negative_number(timeout, "timeout", allow_inf=True)
        if threading.current_thread() in self._workers:
            raise RuntimeError("flush() cannot be called from an event worker (e.g. inside on_error)")
        with self._progress:
            start = self._resolved_through()
            target = self._taken + len(self._queue) // SLOTS
            if target > start:
                self._drain_to = max(self._drain_to, target)
                self._wake_workers()
                done = self._progress.wait_for(lambda: self._resolved_through() >= target, limit)
            else:
                done = True
            pending = target - self._resolved_through()
            failures = [(n, err) for first, n, err in self._failures if first <= target and first + n > start]
        if not done:
            raise EventDeliveryTimeoutError(
                f"{pending} event(s) not yet delivered after {timeout}s; they stay queued and are retried"
            )
        if failures:
            failed, last = sum(n for n, _ in failures), failures[-1][1]
            raise EventDeliveryError(
                f"{failed} event(s) could not be delivered (given to on_error): {last}",
                failed=failed,
                cause=last,
            ) from last

    def shutdown(self, timeout: float | None = None) -> None:
        """Deliver what is queued, then stop the workers; idempotent.

        Waits up to `timeout` seconds (default: the pipeline's `shutdown_timeout`; ``math.inf`` waits
        for delivery however long it takes), retrying failed batches until then, and returns within
        half a second of it even when a request hangs. Events still undelivered at the deadline go to
        ``on_error`` and count as failed; those of a request still in flight may have arrived too
        (re-sending them is safe). New events after shutdown are dropped and reported.
        """
        limit = (
            self._shutdown_timeout
            if timeout is None
            else non_negative_number(timeout, "timeout", allow_inf=True)
        )
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._stopping = True
            self._deadline = time.monotonic() + limit
            now = time.monotonic()
            # Pull retries (and a Retry-After) in: the last try must come before the deadline.
            self._resume_at = self._retry_time(self._resume_at, now)
            for batch in self._waiting:
                batch.retry_at = self._retry_time(batch.retry_at, now)
            self._update_fast_limit()
        _PIPELINES.discard(self)
        self._wake.set()
        end = None if math.isinf(limit) else time.monotonic() + limit + _SHUTDOWN_GRACE
        if not self._join_workers(end):
            # Stuck in a request begun before shutdown (its own timeout may be longer): report what
            # the workers hold and return on time; the daemon threads end with those requests.
            self._abandon()
            self._logger.warning(
                "schematic: shutdown(timeout=%s) left a request in flight; its events were reported", limit
            )
            return
        if self._queue:  # appended by a producer that read the fast-path limit just before closing
            self._fail_queued(EventQueueFullError("the event pipeline is shut down; event dropped"))
        if self._close_api:
            self._api.close()

    def _join_workers(self, end: float | None) -> bool:
        """Wait for every worker (more may start while draining) until `end`; False if time ran out."""
        me = threading.current_thread()
        while True:
            with self._lock:
                alive = [t for t in self._workers if t.is_alive() and t is not me]
            if not alive:
                return True
            remaining = None if end is None else end - time.monotonic()
            if remaining is not None and remaining <= 0:
                return False
            alive[0].join(remaining)

    def stats(self) -> EventStats:
        """Current counters (a snapshot)."""
        with self._lock:
            return EventStats(
                queued=len(self._queue) // SLOTS + self._held,
                sent=self._sent,
                retried=self._retried,
                dropped=self._dropped,
                failed=self._failed,
                batches=self._batches,
            )

    def reset_session(self) -> None:
        """Drop a cached session token so the next request re-mints (no-op for a secret-key auth)."""
        reset = getattr(self._api.options.auth, "reset_session", None)
        if callable(reset):
            reset()

    @property
    def closed(self) -> bool:
        """True once `shutdown()` has begun."""
        return self._closed

    # -- worker side: scheduling (every method here runs with the lock held) ----------------------------

    def _resolved_through(self) -> int:
        """The highest sequence number up to which every event taken is resolved (sent or failed)."""
        low = self._taken
        for batch in self._in_flight:
            low = min(low, batch.first - 1)
        for batch in self._waiting:
            low = min(low, batch.first - 1)
        return low

    def _in_outage(self) -> bool:
        return self._failures_in_row >= self._outage_after

    def _retry_time(self, wanted: float, now: float) -> float:
        """`wanted`, pulled in during a shutdown so that the try still comes before the deadline."""
        if self._deadline is None:
            return wanted
        return min(wanted, max(now + _MIN_RETRY_GAP, self._deadline - _LAST_TRY_LEAD))

    def _next_batch(self) -> tuple[_Batch | None, float | None, list[tuple[ApiError, list[dict[str, Any]]]]]:
        """What this worker does next: (a batch to send now, else how long to sleep or None to exit,
        and what to report). Retries that are due go first; new batches while the API answers."""
        self._wake.clear()
        self._kicked = False
        now = time.monotonic()
        if self._abandoned:
            return None, None, []
        if self._deadline is not None and now >= self._deadline:
            return None, None, self._give_up_at_deadline()
        queued = len(self._queue) // SLOTS
        if now >= self._next_flush:
            self._next_flush = now + self._flush_interval
            self._drain_to = max(self._drain_to, self._taken + queued)
        outage = self._in_outage()
        limit = 1 if outage else self._max_in_flight
        batch: _Batch | None = None
        if len(self._in_flight) < limit and now >= self._resume_at:
            batch = self._due_retry(now)
            if batch is None and not outage and self._new_batch_due(queued):
                batch = self._take(min(self._request_size, queued))
        if batch is not None:
            self._in_flight.add(batch)
            self._busy += 1
            if self._more_ready(now, limit):
                self._wake_workers()
            self._update_fast_limit()
            return batch, None, []
        if self._stopping and not self._queue and not self._waiting:
            return None, None, []  # whatever is still in flight is its own worker's to finish
        wake_at = self._next_flush
        if self._resume_at > now:
            wake_at = min(wake_at, self._resume_at)
        if self._waiting:
            wake_at = min(wake_at, max(self._resume_at, min(b.retry_at for b in self._waiting)))
        if self._deadline is not None:
            wake_at = min(wake_at, self._deadline)
        self._update_fast_limit()
        return None, max(0.0, wake_at - now), []

    def _due_retry(self, now: float) -> _Batch | None:
        """The waiting batch due first, if its time has come; counted as a re-send."""
        if not self._waiting:
            return None
        batch = min(self._waiting, key=lambda b: (b.retry_at, b.first))
        if batch.retry_at > now:
            return None
        self._waiting.remove(batch)
        if batch.attempts:
            self._retried += len(batch.events)
        return batch

    def _new_batch_due(self, queued: int) -> bool:
        return queued > 0 and (self._stopping or queued >= self._batch_size or self._drain_to > self._taken)

    def _more_ready(self, now: float, limit: int) -> bool:
        """Is there work for another worker right now?"""
        if len(self._in_flight) >= limit or now < self._resume_at:
            return False
        if any(b.retry_at <= now for b in self._waiting):
            return True
        return not self._in_outage() and self._new_batch_due(len(self._queue) // SLOTS)

    def _take(self, count: int) -> _Batch:
        """Pop `count` events as wire events into a new batch; they are held until resolved."""
        popleft = self._queue.popleft
        batch = _Batch([read_event(popleft) for _ in range(count)], self._taken + 1)
        self._taken += count
        self._held += count
        return batch

    def _give_up_at_deadline(self) -> list[tuple[ApiError, list[dict[str, Any]]]]:
        """The shutdown deadline passed: fail what waits for a retry (with its last error) and the queue."""
        reports: list[tuple[ApiError, list[dict[str, Any]]]] = []
        for batch in sorted(self._waiting, key=lambda b: b.first):
            error = batch.error or EventDeliveryTimeoutError("shutdown deadline passed before delivery")
            self._count_failed(batch, error)
            reports.append((error, batch.events))
        self._waiting.clear()
        if self._queue:
            batch = self._take(len(self._queue) // SLOTS)
            late = EventDeliveryTimeoutError("shutdown deadline passed before delivery")
            self._count_failed(batch, late)
            reports.append((late, batch.events))
        return reports

    def _count_failed(self, batch: _Batch, error: ApiError) -> None:
        self._failures.append((batch.first, len(batch.events), error))
        self._failed += len(batch.events)
        self._held -= len(batch.events)
        self._update_fast_limit()
        self._progress.notify_all()

    # -- worker side: one try of one batch ------------------------------------------------------------

    def _attempt(self, batch: _Batch) -> None:
        """Send `batch` once and settle the outcome: delivered, back in line for a retry, split or failed."""
        try:
            self._send(batch.events)
        except ApiError as exc:
            error = exc
        except Exception as exc:  # a bug in an auth flow or transport must not kill the worker
            self._logger.exception(
                "schematic: unexpected error sending %d events; will retry", len(batch.events)
            )
            error = ApiConnectionError(f"unexpected {type(exc).__name__}: {exc}")
        else:
            self._settle_sent(batch)
            return
        report = self._settle_failed(batch, error)
        if report:
            self._report(error, batch.events)

    def _send(self, events: list[dict[str, Any]]) -> None:
        timeout = self._request_timeout
        if self._deadline is not None:
            timeout = max(0.05, min(timeout, self._deadline - time.monotonic()))
        prepared = self._batch_request(events)
        self._api.send(prepared, {"max_retries": 0, "timeout_in_seconds": timeout}).close()

    def _release(self, batch: _Batch) -> bool:
        """With the lock held: the worker is done with `batch`; False if shutdown abandoned it."""
        self._busy -= 1
        if self._abandoned:
            return False
        self._in_flight.discard(batch)
        self._wake.set()  # a slot is free, and the outcome may have made retries due
        return True

    def _settle_sent(self, batch: _Batch) -> None:
        with self._progress:
            if not self._release(batch):
                return
            count = len(batch.events)
            self._sent += count
            self._batches += 1
            self._held -= count
            self._answered(recovered=True)
            self._update_fast_limit()
            self._progress.notify_all()

    def _answered(self, *, recovered: bool) -> None:
        """The API answered (a success or a permanent refusal): the run of failures is over. After an
        outage and a success, every waiting retry is due now."""
        if recovered and self._in_outage():
            self._logger.info("schematic: the event API answers again; sending the backlog")
            self._resume_at = 0.0
            for waiting in self._waiting:
                waiting.retry_at = 0.0
        self._failures_in_row = 0

    def _settle_failed(self, batch: _Batch, error: ApiError) -> bool:
        """Put `batch` back for a retry, split it, or fail it; True if it must be reported."""
        status = error.status_code
        with self._progress:
            if not self._release(batch):
                return False
            now = time.monotonic()
            delay = self._retry_policy.retry_delay(error, min(self._failures_in_row, _MAX_BACKOFF_ATTEMPT))
            if delay is not None:
                self._failures_in_row += 1
                if read_retry_after(error.headers) is not None:
                    self._resume_at = max(self._resume_at, self._retry_time(now + delay, now))
                batch.attempts += 1
                batch.error = error
                batch.retry_at = self._retry_time(now + delay, now)
                self._waiting.append(batch)
                self._logger.info(
                    "schematic: sending %d events failed (%s); retry in %.2fs",
                    len(batch.events),
                    error,
                    batch.retry_at - now,
                )
                return False
            self._answered(recovered=False)
            if status in _BISECT_STATUSES and len(batch.events) > 1:
                middle = len(batch.events) // 2
                self._waiting.append(_Batch(batch.events[:middle], batch.first))
                self._waiting.append(_Batch(batch.events[middle:], batch.first + middle))
                return False
            self._count_failed(batch, error)
            return True

    def _abandon(self) -> None:
        """The shutdown deadline passed while workers wait on requests: report everything held.

        The batches in flight may still arrive; they are reported all the same (re-sending them is
        safe: the idempotency keys make the API store them once), and whatever the workers learn later
        is ignored.
        """
        unsure = EventDeliveryTimeoutError(
            "shutdown deadline passed while these events were being sent; they may have been delivered"
        )
        with self._progress:
            in_flight = sorted(self._in_flight, key=lambda b: b.first)
            self._in_flight.clear()
            for batch in in_flight:
                self._count_failed(batch, unsure)
            reports = [(unsure, batch.events) for batch in in_flight] + self._give_up_at_deadline()
            self._abandoned = True
        for error, events in reports:
            self._report(error, events)

    def _fail_queued(self, error: ApiError) -> None:
        with self._lock:
            batch = self._take(len(self._queue) // SLOTS)
            self._count_failed(batch, error)
        self._report(error, batch.events)

    def _report(self, error: ApiError, events: list[dict[str, Any]]) -> None:
        _call_on_error(self._on_error, self._logger, error, events)

    def _after_fork_in_child(self) -> None:
        self._init_state()
        self._finalizer.detach()
        self._watch_for_collection()


def _call_on_error(
    on_error: EventErrorHandler | None, logger: logging.Logger, error: ApiError, events: list[dict[str, Any]]
) -> None:
    if on_error is None:
        logger.error("schematic: %d event(s) not delivered: %s", len(events), error)
        return
    try:
        on_error(error, events)
    except Exception:
        logger.exception("schematic: on_error callback raised (for %d undelivered events)", len(events))


def _report_abandoned(
    queue: deque[Any], waiting: list[_Batch], on_error: EventErrorHandler | None, logger: logging.Logger
) -> None:
    events = [event for batch in sorted(waiting, key=lambda b: b.first) for event in batch.events]
    events += read_all(queue)
    if events:
        error = EventDeliveryTimeoutError("the client was garbage-collected without close(); events not sent")
        _call_on_error(on_error, logger, error, events)


def _worker_main(ref: weakref.ReferenceType[EventPipeline]) -> None:
    """One worker's loop; holds the pipeline only while working, so an idle client can be collected."""
    while True:
        pipeline = ref()
        if pipeline is None:
            return
        try:
            with pipeline._lock:
                batch, sleep, reports = pipeline._next_batch()
            for error, events in reports:
                pipeline._report(error, events)
            if batch is not None:
                pipeline._attempt(batch)
                continue
        except Exception:  # pragma: no cover - the last line of defence: log, and keep the worker alive
            pipeline._logger.exception("schematic: event worker error; continuing")
            sleep = 0.1
        if sleep is None:
            return
        wake = pipeline._wake
        del pipeline
        wake.wait(sleep)


# --- process-wide hooks: one atexit and one at-fork handler for every live pipeline -------------------

_PIPELINES: weakref.WeakSet[EventPipeline] = weakref.WeakSet()


def _shutdown_all() -> None:
    for pipeline in list(_PIPELINES):
        pipeline.shutdown()


def _reinit_after_fork() -> None:
    for pipeline in list(_PIPELINES):
        pipeline._after_fork_in_child()


atexit.register(_shutdown_all)
os.register_at_fork(after_in_child=_reinit_after_fork)
