"""The event pipeline: `identify` / `track` enqueue in microseconds; one background worker delivers.

Both facades (`Schematic.identify`/`track` and the SegOps-style `EventClient`) feed the same
`EventPipeline`. The caller's thread only validates and appends to a bounded deque; the worker thread
sends batches to ``create_event_batch`` (at most `MAX_BATCH_EVENTS` per request), retrying transient
failures (connection errors, timeouts, 408, 429, 5xx) with backoff, jitter and ``Retry-After`` until
they are delivered, the queue overflows or a shutdown deadline passes. A 400/413/422 is bisected so
that only the events the API rejects are reported. Every event carries a client-generated
``idempotency_key``: a batch re-sent after an ambiguous failure is never counted twice. Whatever is
not delivered is handed to ``on_error(error, events)`` and counted in `EventStats`.
"""

from __future__ import annotations

import asyncio
import atexit
import itertools
import logging
import math
import os
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .errors import ApiConnectionError, ApiError
from .retry import RetryPolicy, parse_retry_after

if TYPE_CHECKING:
    from ._base_client import SyncApiClient
    from .config import SchematicConfig

__all__ = [
    "MAX_BATCH_EVENTS",
    "AsyncEventMethods",
    "EventDeliveryError",
    "EventDeliveryTimeoutError",
    "EventErrorHandler",
    "EventPipeline",
    "EventQueueFullError",
    "EventStats",
    "QueuedEvent",
    "SyncEventMethods",
    "TrackItem",
    "event_name",
    "identify_event",
    "new_idempotency_key",
    "pipeline_for",
    "track_event",
    "track_item",
    "traits_slot",
    "wire_event",
]

# openapi.yaml: CreateEventBatchRequestBody.events.maxItems (tests/events checks the two agree).
MAX_BATCH_EVENTS = 100
# Statuses that say "something in this batch is malformed": split it to find the culprits.
_BISECT_STATUSES = frozenset({400, 413, 422})
_MAX_DEPTH = 32
_MAX_BACKOFF_ATTEMPT = 30
_DROP_LOG_INTERVAL = 10.0
# How long shutdown() waits past its deadline for the worker to report what it holds itself.
_SHUTDOWN_GRACE = 0.5

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

    `queued` events wait for delivery; `sent` were delivered; `retried` counts event re-sends after
    transient failures; `dropped` were rejected because the queue was full or the pipeline closed;
    `failed` were given up (rejected by the API, or undelivered at a shutdown deadline); `batches`
    counts successful requests.
    """

    queued: int
    sent: int
    retried: int
    dropped: int
    failed: int
    batches: int


# --- idempotency keys ------------------------------------------------------------------------------
# A random per-process prefix (96 bits, renewed in a forked child) plus a counter: unique across
# processes and hosts, and ~10x cheaper than uuid4() on the caller's thread.
_key_prefix = os.urandom(12).hex() + "-"
_key_counter = itertools.count(1)


def new_idempotency_key() -> str:
    """A globally unique idempotency key for one event."""
    return f"{_key_prefix}{next(_key_counter):x}"


def _renew_key_prefix() -> None:
    global _key_prefix, _key_counter
    _key_prefix = os.urandom(12).hex() + "-"
    _key_counter = itertools.count(1)


# --- validation: every check runs on the caller's thread, so bad input never reaches a batch ----------


def _json_fallback(value: Any, name: str, depth: int) -> Any:
    from schematic_api.client import to_jsonable

    converted = to_jsonable(value)  # models, datetimes, enums, mappings, tuples
    if converted is not value:
        return _json_value(converted, name, depth + 1)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _json_value(float(value), name, depth)
    raise TypeError(f"{name} must be JSON-encodable; got a {type(value).__name__}")


def _json_value(value: Any, name: str, depth: int = 0) -> Any:
    """Check that `value` encodes as JSON and return a private copy of its containers."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        if not math.isfinite(value):
            raise ValueError(f"{name} must be JSON-encodable; {value!r} is not a JSON number")
        return value
    if depth >= _MAX_DEPTH:
        raise ValueError(f"{name} is nested more than {_MAX_DEPTH} levels deep (a cycle?)")
    if kind is dict:
        return _json_object(value, name, depth + 1)
    if kind is list or kind is tuple:
        return [_json_value(item, name, depth + 1) for item in value]
    return _json_fallback(value, name, depth)


def _json_object(value: Any, name: str, depth: int = 0) -> dict[str, Any]:
    if type(value) is not dict and not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, got {type(value).__name__}")
    out: dict[str, Any] = {}
    for key, item in value.items():
        if type(key) is not str:
            if not isinstance(key, str):
                raise TypeError(f"{name} keys must be str, got {type(key).__name__} {key!r}")
            key = str.__str__(key)
        kind = type(item)
        out[key] = item if kind is str or kind is int or kind is bool else _json_value(item, name, depth)
    return out


def _key_map(value: Any, name: str) -> dict[str, str]:
    """A ``map<string,string>`` of entity keys (``{"id": "acme"}``), copied."""
    if type(value) is not dict and not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of str to str, got {type(value).__name__}")
    for key, item in value.items():
        if type(key) is not str or type(item) is not str:
            return _key_map_checked(value, name)
    return dict(value)


def _key_map_checked(value: Mapping[Any, Any], name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            bad = item if isinstance(key, str) else key
            raise TypeError(f"{name} must map str to str; got {type(bad).__name__} {bad!r}")
        out[str.__str__(key)] = str.__str__(item)  # the plain value of a str subclass (not Enum's str())
    return out


def event_name(value: Any, name: str) -> str:
    """`value` as an event name: a non-blank str, or TypeError/ValueError naming the argument `name`."""
    if type(value) is not str and not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value or value.isspace():
        raise ValueError(f"{name} must be a non-empty str")
    return str.__str__(value)


def _model_fields(model: Any) -> Any:
    """The set fields of an `EventBodyIdentifyCompany`, whose ``keys``/``traits`` may be plain dicts."""
    if not hasattr(model, "to_dict"):
        return model
    from schematic_api.types import Unset

    raw: dict[str, Any] = dict(getattr(model, "additional_properties", {}))
    for field in ("keys", "name", "traits"):
        value = getattr(model, field, None)
        if value is not None and not isinstance(value, Unset):
            raw[field] = value.to_dict() if hasattr(value, "to_dict") else value
    return raw


def _identify_company(company: Any) -> dict[str, Any]:
    raw = company if isinstance(company, Mapping) else _model_fields(company)
    if not isinstance(raw, Mapping):
        raise TypeError(
            f"company must be an EventBodyIdentifyCompany or a mapping, got {type(company).__name__}"
        )
    unknown = sorted(set(raw) - {"keys", "name", "traits"})
    if unknown:
        raise ValueError(f"company has unknown field(s) {unknown}; expected keys, name, traits")
    out: dict[str, Any] = {}
    if raw.get("keys") is not None:
        out["keys"] = _key_map(raw["keys"], "company.keys")
    if raw.get("name") is not None:
        if not isinstance(raw["name"], str):
            raise TypeError(f"company.name must be a str, got {type(raw['name']).__name__}")
        out["name"] = raw["name"]
    if raw.get("traits") is not None:
        out["traits"] = _json_object(raw["traits"], "company.traits")
    return out


def identify_event(
    keys: Mapping[str, str],
    company: Any = None,
    name: str | None = None,
    traits: Mapping[str, Any] | None = None,
    *,
    sent_at: str | None = None,
) -> dict[str, Any]:
    """Validate an identify call and build its wire event (``CreateEventRequestBody``)."""
    body: dict[str, Any] = {"keys": _key_map(keys, "keys")}
    if not body["keys"]:
        raise ValueError("keys must not be empty")
    if company is not None:
        body["company"] = _identify_company(company)
    if name is not None:
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, got {type(name).__name__}")
        body["name"] = name
    if traits is not None:
        body["traits"] = _json_object(traits, "traits")
    event = {"event_type": "identify", "body": body, "idempotency_key": new_idempotency_key()}
    if sent_at is not None:
        event["sent_at"] = sent_at
    return event


TrackItem = tuple[Any, Any, Any, Any, Any, Any, Any]
"""A validated event as the queue holds it: seven atomic values, never a new container.

A track call is ``(event, quantity, company_a, company_b, user_a, user_b, traits)``. Each key map is
``(key, value)`` when it has one entry (the usual ``{"id": …}``: the caller's strings, nothing
copied), ``(copy, None)`` for a private copy of a larger map, or ``(None, None)`` when absent. `traits`
is None when absent, `_NO_TRAITS` for ``{}``, or a private copy. An event already in wire form
(identify, or a track with a ``sent_at``) is ``(wire, None, None, None, None, None, None)``.

The deque holds these values themselves (one atomic ``deque.extend``): a track() allocates nothing
that outlives the call, so a long queue costs the caller neither fresh memory nor collector passes.
The worker turns each back into a wire event with `_read_event` and gives it its idempotency key
before the first send.
"""

QueuedEvent = dict[str, Any] | TrackItem
_SLOTS = 7  # deque entries per event
_NO_TRAITS: tuple[()] = ()  # traits={} (a shared marker: an empty dict per event would be an allocation)


def _key_slots(value: Any, name: str) -> tuple[Any, Any]:
    """The two `TrackItem` slots of an optional key map (validated; see `TrackItem`)."""
    if value is None:
        return None, None
    keys = _key_map(value, name)
    if len(keys) == 1:
        ((key, item),) = keys.items()
        return key, item
    return keys, None


def _key_dict(first: Any, second: Any) -> dict[str, str] | None:
    return first if first is None or type(first) is dict else {first: second}


def traits_slot(value: Any, name: str = "traits") -> Any:
    """The `TrackItem` slot of traits: shared for ``{}``, a copy of scalars, a validated deep copy else."""
    if type(value) is dict:
        if not value:
            return _NO_TRAITS
        for key, item in value.items():
            kind = type(item)
            if type(key) is not str or not (kind is str or kind is int or kind is bool or item is None):
                break
        else:
            return value.copy()
    return _json_object(value, name)


def track_item(
    event: str,
    company: Mapping[str, str] | None = None,
    user: Mapping[str, str] | None = None,
    traits: Mapping[str, Any] | None = None,
    quantity: int | None = None,
) -> TrackItem:
    """Validate a track call; raises TypeError/ValueError naming the bad argument."""
    if type(event) is not str or not event or event.isspace():
        event = event_name(event, "event")
    if quantity is not None:
        if type(quantity) is not int:
            raise TypeError(f"quantity must be an int, got {type(quantity).__name__}")
        if quantity < 0:
            raise ValueError(f"quantity must be >= 0, got {quantity}")
    company_slots = _key_slots(company, "company")
    user_slots = _key_slots(user, "user")
    return (event, quantity, *company_slots, *user_slots, None if traits is None else traits_slot(traits))


def _read_event(take: Callable[[], Any]) -> dict[str, Any]:
    """Read one queued event through `take` (``deque.popleft`` or an iterator's ``__next__``)."""
    head, quantity, company_a, company_b, user_a, user_b, traits = (
        take(), take(), take(), take(), take(), take(), take()
    )  # fmt: skip
    if type(head) is dict:
        return head
    body: dict[str, Any] = {"event": head}
    if company_a is not None:
        body["company"] = _key_dict(company_a, company_b)
    if user_a is not None:
        body["user"] = _key_dict(user_a, user_b)
    if traits is not None:
        body["traits"] = {} if traits is _NO_TRAITS else traits
    if quantity is not None:
        body["quantity"] = quantity
    return {"event_type": "track", "body": body, "idempotency_key": new_idempotency_key()}


def wire_event(item: QueuedEvent) -> dict[str, Any]:
    """The ``CreateEventRequestBody`` for an event (a `TrackItem` gets its idempotency key here)."""
    return item if type(item) is dict else _read_event(iter(item).__next__)


def _read_all(queue: deque[Any]) -> list[dict[str, Any]]:
    events = []
    while queue:
        events.append(_read_event(queue.popleft))
    return events


def track_event(
    event: str,
    company: Mapping[str, str] | None = None,
    user: Mapping[str, str] | None = None,
    traits: Mapping[str, Any] | None = None,
    quantity: int | None = None,
    *,
    sent_at: str | None = None,
) -> dict[str, Any]:
    """Validate a track call and build its wire event (``CreateEventRequestBody``)."""
    wire = wire_event(track_item(event, company, user, traits, quantity))
    if sent_at is not None:
        wire["sent_at"] = sent_at
    return wire


def _positive_int(value: Any, name: str) -> int:
    if type(value) is not int or value < 1:
        raise ValueError(f"{name} must be a positive int, got {value!r}")
    return value


def _seconds(value: Any, name: str, *, allow_inf: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or math.isnan(value):
        raise ValueError(f"{name} must be a non-negative number of seconds, got {value!r}")
    if math.isinf(value) and not allow_inf:
        raise ValueError(f"{name} must be finite, got {value!r}")
    return float(value)


# --- the engine -------------------------------------------------------------------------------------


class EventPipeline:
    """A bounded queue and one background worker that delivers its events in batches.

    `enqueue()` never blocks and never sends on the caller's thread: below `_fast_limit` it is one
    atomic ``deque.extend`` with no lock; at the limit it takes the lock to start the worker, wake it
    for a full batch (otherwise it wakes every `flush_interval`) or reject the event. The worker is
    started on first use, so a client created before ``os.fork()`` (gunicorn ``--preload``, Celery
    prefork) starts no thread in the parent; a forked child gets an empty queue and its own worker, and
    events queued before the fork stay the parent's. Requests go through the client's
    `SyncApiClient.send` (its ``httpx.Auth`` and transport) with the pipeline's own retry loop.
    A 401/403 is permanent for the batch (a session ``httpx.Auth`` re-mints on 401 before that).
    """

    def __init__(
        self,
        api: SyncApiClient,
        *,
        batch: bool = True,
        batch_size: int = MAX_BATCH_EVENTS,
        flush_interval: float = 5.0,
        max_queue_size: int = 10_000,
        on_error: EventErrorHandler | None = None,
        retry_policy: RetryPolicy | None = None,
        shutdown_timeout: float = 10.0,
        request_timeout: float = 10.0,
        logger: logging.Logger | None = None,
        close_api: bool = False,
    ) -> None:
        if not isinstance(batch, bool):
            raise TypeError(f"batch must be a bool, got {type(batch).__name__}")
        if on_error is not None and not callable(on_error):
            raise TypeError(f"on_error must be callable, got {type(on_error).__name__}")
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise TypeError(f"retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}")
        self._api = api
        self._batch_size = _positive_int(batch_size, "batch_size") if batch else 1
        # batch_size is when to send; a request carries as many queued events as the API allows.
        self._request_size = MAX_BATCH_EVENTS if batch else 1
        self._flush_interval = _seconds(flush_interval, "flush_interval")
        self._max_queue_size = _positive_int(max_queue_size, "max_queue_size")
        self._on_error = on_error
        self._retry_policy = retry_policy or api.options.retry_policy
        self._shutdown_timeout = _seconds(shutdown_timeout, "shutdown_timeout", allow_inf=True)
        self._request_timeout = min(_seconds(request_timeout, "request_timeout"), api.options.timeout)
        self._logger = logger or api.options.logger
        self._close_api = close_api
        self._closed = False
        self._init_state()
        _PIPELINES.add(self)
        # Events still queued when the pipeline is garbage-collected without shutdown() are reported.
        self._finalizer = weakref.finalize(self, _report_abandoned, self._queue, on_error, self._logger)
        self._finalizer.atexit = False

    def _init_state(self) -> None:
        """Fresh queue, counters, locks and no worker: at construction and in a forked child."""
        self._lock = threading.Lock()
        self._progress = threading.Condition(self._lock)
        self._wake = threading.Event()
        self._kicked = False  # the worker was woken for a full batch and has not looked yet
        self._interrupt = threading.Event()
        self._queue: deque[Any] = deque()  # `_SLOTS` entries per event (see `TrackItem`)
        # A producer appends without the lock while len(_queue) < _fast_limit; at the limit (worker not
        # started, a batch about to fill, queue full, or closed) it takes the locked path in `_admit`.
        self._fast_limit = 0
        self._thread: threading.Thread | None = None
        self._started = False
        self._stopping = False
        self._deadline: float | None = None
        self._next_flush = time.monotonic() + self._flush_interval
        # Events are taken from the queue and resolved (sent or failed) in FIFO order: `_resolved`
        # counts the resolved ones, so the event at position n is done once `_resolved >= n` (a flush
        # waits on that), and `_outstanding` holds those taken and not yet resolved.
        self._resolved = 0
        self._outstanding: list[dict[str, Any]] = []
        self._abandoned = False  # shutdown reported the worker's events: its late results do not count
        self._flush_target = 0
        self._failures: deque[tuple[int, int, ApiError]] = deque(maxlen=1024)  # (first seq, count, error)
        self._sent = self._retried = self._dropped = self._failed = self._batches = 0
        self._next_drop_log = 0.0

    # -- caller side -----------------------------------------------------------------------------------

    def enqueue(self, event: QueuedEvent) -> None:
        """Queue one event (a `track_item`, or a wire event from `track_event` / `identify_event`); never blocks."""
        item: TrackItem = (event, None, None, None, None, None, None) if isinstance(event, dict) else event
        queue = self._queue
        if len(queue) < self._fast_limit:
            queue.extend(item)  # atomic: the worker never sees part of an event
        else:
            self._admit(item)

    def _admit(self, item: TrackItem) -> None:
        """The locked path of `enqueue`: start the worker, wake it for a full batch, or reject the event."""
        with self._lock:
            queued = len(self._queue) // _SLOTS
            accept = not self._closed and queued + len(self._outstanding) < self._max_queue_size
            if accept:
                self._queue.extend(item)
                if not self._started:
                    self._start()
                if queued + 1 >= self._batch_size and not self._kicked:
                    self._kicked = True
                    self._wake.set()
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
        # With the lock held, whenever the room, the kick state or the worker's state changes. Producers
        # that read a stale limit at the same moment can each add one event past it: the bound is exact
        # for one producer and within one event per concurrent producer otherwise.
        if self._closed or not self._started:
            self._fast_limit = 0
            return
        room = self._max_queue_size - len(self._outstanding)
        events = room if self._kicked else min(room, self._batch_size - 1)
        self._fast_limit = max(0, events) * _SLOTS

    def _start(self) -> None:
        # Called with the lock held, on first enqueue (and first enqueue after a fork).
        self._started = True
        self._thread = threading.Thread(
            target=_worker_main, args=(weakref.ref(self),), name="schematic-events", daemon=True
        )
        self._thread.start()

    def flush(self, timeout: float | None = None) -> None:
        """Block until every event queued before this call is resolved; raise if any was not delivered.

        Raises `EventDeliveryError` when some could not be delivered (they went to ``on_error``), and
        `EventDeliveryTimeoutError` when `timeout` seconds pass first (those events stay queued and keep
        being retried). ``timeout=None`` waits as long as delivery takes.
        """
        limit = None if timeout is None else _seconds(timeout, "timeout", allow_inf=True)
        if threading.current_thread() is self._thread:
            raise RuntimeError("flush() cannot be called from the event worker (e.g. inside on_error)")
        with self._progress:
            start = self._resolved
            target = start + len(self._outstanding) + len(self._queue) // _SLOTS
            if target > start:
                self._flush_target = max(self._flush_target, target)
                self._wake.set()
                done = self._progress.wait_for(lambda: self._resolved >= target, limit)
            else:
                done = True
            pending = target - self._resolved
            failures = [(n, err) for seq, n, err in self._failures if start < seq <= target]
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
        """Deliver what is queued, then stop the worker; idempotent.

        Waits up to `timeout` seconds (default: the pipeline's `shutdown_timeout`; ``math.inf`` waits
        for delivery however long it takes), and returns within half a second of it even when a
        request hangs. Events still undelivered at the deadline go to ``on_error`` and count as
        failed; those of a request still in flight may have arrived too (re-sending them is safe).
        New events after shutdown are dropped and reported.
        """
        limit = self._shutdown_timeout if timeout is None else _seconds(timeout, "timeout", allow_inf=True)
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._stopping = True
            self._deadline = time.monotonic() + limit
            self._update_fast_limit()
            thread = self._thread
        _PIPELINES.discard(self)
        self._wake.set()
        self._interrupt.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(None if math.isinf(limit) else limit + _SHUTDOWN_GRACE)
            if thread.is_alive():
                # Stuck in a request begun before shutdown (its own timeout may be longer): report
                # what it holds and return on time; the daemon thread ends with that request.
                self._abandon()
                self._logger.warning(
                    "schematic: shutdown(timeout=%s) left a request in flight; its events were reported",
                    limit,
                )
                return
            if self._queue:  # appended by a producer that read the fast-path limit just before closing
                self._fail_queued(EventQueueFullError("the event pipeline is shut down; event dropped"))
        if self._close_api:
            self._api.close()

    def stats(self) -> EventStats:
        """Current counters (a snapshot)."""
        with self._lock:
            return EventStats(
                queued=len(self._queue) // _SLOTS + len(self._outstanding),
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

    # -- worker side -----------------------------------------------------------------------------------

    def _idle_timeout(self) -> float:
        if self._stopping or self._flush_target > self._taken():
            return 0.0
        return max(0.0, self._next_flush - time.monotonic())

    def _work(self) -> bool:
        """Send what is due; return False when the worker should exit."""
        with self._lock:
            self._kicked = False
            self._wake.clear()
            self._update_fast_limit()
        now = time.monotonic()
        due = now >= self._next_flush
        if due:
            self._next_flush = now + self._flush_interval
        while self._queue:
            if self._deadline_passed():
                self._fail_queued(EventDeliveryTimeoutError("shutdown deadline passed before delivery"))
                break
            pending = len(self._queue) // _SLOTS
            if not (
                due or self._stopping or self._flush_target > self._taken() or pending >= self._batch_size
            ):
                break
            self._deliver(self._take(min(self._request_size, pending)))
        return not (self._stopping and not self._queue)

    def _take(self, count: int) -> list[dict[str, Any]]:
        with self._lock:
            return self._take_locked(count)

    def _take_locked(self, count: int) -> list[dict[str, Any]]:
        """Pop `count` events as wire events, now outstanding; under the lock, so that `flush()` and
        `shutdown()` see each event as queued or outstanding, never both and never neither."""
        popleft = self._queue.popleft
        batch = [_read_event(popleft) for _ in range(count)]
        self._outstanding += batch
        self._update_fast_limit()
        return batch

    def _taken(self) -> int:
        """How many events the worker has taken from the queue so far."""
        return self._resolved + len(self._outstanding)

    def _deadline_passed(self) -> bool:
        return self._deadline is not None and time.monotonic() >= self._deadline

    def _fail_queued(self, error: ApiError) -> None:
        self._resolve_failed(self._take(len(self._queue) // _SLOTS), error)

    def _send(self, batch: list[dict[str, Any]]) -> None:
        from schematic_api.api.events import create_event_batch

        timeout = self._request_timeout
        if self._deadline is not None:
            timeout = max(0.05, min(timeout, self._deadline - time.monotonic()))
        prepared = create_event_batch.build_request(events=batch)
        self._api.send(prepared, {"max_retries": 0, "timeout_in_seconds": timeout}).close()

    def _deliver(self, batch: list[dict[str, Any]]) -> None:
        """Send one batch until it is delivered or given up; bisect batches the API calls malformed."""
        attempt = 0
        while not self._abandoned:
            try:
                self._send(batch)
            except ApiError as exc:
                error = exc
            except Exception as exc:  # a bug in an auth flow or transport must not kill the worker
                self._logger.exception(
                    "schematic: unexpected error sending %d events; will retry", len(batch)
                )
                error = ApiConnectionError(f"unexpected {type(exc).__name__}: {exc}")
            else:
                self._resolve_sent(batch)
                return
            status = error.status_code
            if status is None or RetryPolicy.is_retryable_status(status):
                if not self._backoff(attempt, error, len(batch)):
                    self._resolve_failed(batch, error)
                    return
                attempt += 1
                with self._lock:
                    self._retried += len(batch)
                continue
            if status in _BISECT_STATUSES and len(batch) > 1:
                middle = len(batch) // 2
                self._deliver(batch[:middle])
                self._deliver(batch[middle:])
                return
            self._resolve_failed(batch, error)
            return

    def _backoff(self, attempt: int, error: ApiError, size: int) -> bool:
        """Sleep before the next try; False if the shutdown deadline comes first."""
        retry_after = parse_retry_after(error.headers.get("retry-after"))
        delay = self._retry_policy.delay(min(attempt, _MAX_BACKOFF_ATTEMPT), retry_after)
        self._logger.info("schematic: sending %d events failed (%s); retry in %.2fs", size, error, delay)
        retry_at = time.monotonic() + delay
        while True:
            deadline = self._deadline
            if deadline is not None and retry_at > deadline:
                return False
            remaining = retry_at - time.monotonic()
            if remaining <= 0:
                return True
            if deadline is None:
                self._interrupt.wait(remaining)  # shutdown() sets it: re-check against the new deadline
            else:
                time.sleep(remaining)

    def _resolve_sent(self, batch: list[dict[str, Any]]) -> None:
        with self._progress:
            if self._abandoned:
                return
            del self._outstanding[: len(batch)]
            self._sent += len(batch)
            self._batches += 1
            self._resolved += len(batch)
            self._update_fast_limit()
            self._progress.notify_all()

    def _resolve_failed(self, batch: list[dict[str, Any]], error: ApiError) -> None:
        with self._progress:
            if self._abandoned:
                return
            del self._outstanding[: len(batch)]
            self._count_failed(len(batch), error)
        self._report(error, batch)

    def _count_failed(self, count: int, error: ApiError) -> None:
        # With the lock held.
        self._failures.append((self._resolved + 1, count, error))
        self._failed += count
        self._resolved += count
        self._update_fast_limit()
        self._progress.notify_all()

    def _abandon(self) -> None:
        """The shutdown deadline passed while the worker waits on a request: report everything it holds.

        The batch in flight may still arrive; it is reported all the same (re-sending it is safe: the
        idempotency keys make the API store it once), and whatever the worker learns later is ignored.
        """
        with self._progress:
            held, self._outstanding = self._outstanding, []
            queued = self._take_locked(len(self._queue) // _SLOTS)
            self._outstanding = []
            self._abandoned = True
            unsure = EventDeliveryTimeoutError(
                "shutdown deadline passed while these events were being sent; they may have been delivered"
            )
            late = EventDeliveryTimeoutError("shutdown deadline passed before delivery")
            reports = [(batch, error) for batch, error in ((held, unsure), (queued, late)) if batch]
            for batch, error in reports:
                self._count_failed(len(batch), error)
        for batch, error in reports:
            self._report(error, batch)

    def _report(self, error: ApiError, events: list[dict[str, Any]]) -> None:
        _call_on_error(self._on_error, self._logger, error, events)

    def _after_fork_in_child(self) -> None:
        self._init_state()
        self._finalizer.detach()
        self._finalizer = weakref.finalize(self, _report_abandoned, self._queue, self._on_error, self._logger)
        self._finalizer.atexit = False


class EventMethods:
    """`identify` / `track` of `Schematic`: validated on the caller's thread, delivered in the background."""

    _events: EventPipeline | None  # None in offline mode: nothing is sent and no socket is opened

    def identify(
        self,
        keys: Mapping[str, str],
        company: Any = None,
        name: str | None = None,
        traits: Mapping[str, Any] | None = None,
    ) -> None:
        """Queue an identify event (create/update a user and, with `company`, its company); never blocks."""
        event = identify_event(keys, company, name, traits)
        if self._events is not None:
            self._events.enqueue(event)

    def track(
        self,
        event: str,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        traits: Mapping[str, Any] | None = None,
        quantity: int | None = None,
    ) -> None:
        """Queue a track event (usage of `event` by a company and/or user); never blocks."""
        # The hot path, paid on the caller's thread for every event: a str name, an int quantity,
        # one-entry str dicts as keys and no or empty traits are checked here and appended below, in
        # one frame, without a lock or an allocation (see `TrackItem`). Anything else (larger or
        # non-dict maps, str subclasses, traits, bad input) goes through track_item, which converts it
        # or raises naming the argument.
        item: TrackItem | None = None
        if (
            type(event) is str
            and event
            and not event.isspace()
            and (quantity is None or (type(quantity) is int and quantity >= 0))
            and (company is None or type(company) is dict)
            and (user is None or type(user) is dict)
            and (traits is None or (type(traits) is dict and not traits))
        ):
            company_key = company_value = user_key = user_value = None
            try:  # ValueError unless each given key map has exactly one entry
                if company is not None:
                    (company_key,) = company
                    company_value = company[company_key]
                if user is not None:
                    (user_key,) = user
                    user_value = user[user_key]
            except ValueError:
                pass
            else:
                if (company is None or (type(company_key) is str and type(company_value) is str)) and (
                    user is None or (type(user_key) is str and type(user_value) is str)
                ):
                    traits_slot = None if traits is None else _NO_TRAITS
                    item = (event, quantity, company_key, company_value, user_key, user_value, traits_slot)
        if item is None:
            item = track_item(event, company, user, traits, quantity)
        events = self._events
        if events is not None:  # EventPipeline.enqueue, inlined: this saves a call on every event
            queue = events._queue
            if len(queue) < events._fast_limit:
                queue.extend(item)
            else:
                events._admit(item)

    def event_stats(self) -> EventStats:
        """Counters of the event pipeline (all zero in offline mode)."""
        return self._events.stats() if self._events is not None else _NO_STATS


class SyncEventMethods(EventMethods):
    """`Schematic`'s blocking flush."""

    def flush_events(self, timeout: float | None = None) -> None:
        """Block until the events queued so far are delivered (see `EventPipeline.flush`)."""
        if self._events is not None:
            self._events.flush(timeout)

    def _close_events(self) -> None:
        if self._events is not None:
            self._events.shutdown()


class AsyncEventMethods(EventMethods):
    """`AsyncSchematic`'s event methods: the same thread-based pipeline, awaited without blocking the loop.

    Enqueueing is a thread-safe deque append of a few microseconds, so `identify` / `track` run inline;
    `flush_events` and closing wait for the worker in a thread. One engine for both clients means one
    set of delivery semantics (retries, bisection, fork and atexit handling) and it survives event-loop
    restarts; the cost is that delivery uses its own ``httpx.Client`` (same URL, auth and timeouts).
    """

    async def identify(  # type: ignore[override]
        self,
        keys: Mapping[str, str],
        company: Any = None,
        name: str | None = None,
        traits: Mapping[str, Any] | None = None,
    ) -> None:
        """Queue an identify event; never blocks the event loop."""
        EventMethods.identify(self, keys, company, name, traits)

    async def track(  # type: ignore[override]
        self,
        event: str,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        traits: Mapping[str, Any] | None = None,
        quantity: int | None = None,
    ) -> None:
        """Queue a track event; never blocks the event loop."""
        EventMethods.track(self, event, company, user, traits, quantity)

    async def flush_events(self, timeout: float | None = None) -> None:
        """Wait until the events queued so far are delivered (see `EventPipeline.flush`)."""
        if self._events is not None:
            await asyncio.to_thread(self._events.flush, timeout)

    async def _aclose_events(self) -> None:
        if self._events is not None:
            await asyncio.to_thread(self._events.shutdown)


_NO_STATS = EventStats(queued=0, sent=0, retried=0, dropped=0, failed=0, batches=0)


def pipeline_for(
    api: SyncApiClient, config: SchematicConfig, *, close_api: bool = False
) -> EventPipeline | None:
    """The pipeline a `Schematic` / `AsyncSchematic` configured by `config` uses; None when offline."""
    if config.offline:
        return None
    return EventPipeline(
        api,
        batch_size=config.event_batch_size,
        flush_interval=config.event_flush_interval,
        max_queue_size=config.event_max_queue_size,
        on_error=config.on_event_error,
        shutdown_timeout=config.event_shutdown_timeout,
        close_api=close_api,
    )


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


def _report_abandoned(queue: deque[Any], on_error: EventErrorHandler | None, logger: logging.Logger) -> None:
    if queue:
        events = _read_all(queue)
        error = EventDeliveryTimeoutError("the client was garbage-collected without close(); events not sent")
        _call_on_error(on_error, logger, error, events)


def _worker_main(ref: weakref.ReferenceType[EventPipeline]) -> None:
    """The worker loop; holds the pipeline only while working, so an idle client can be collected."""
    while True:
        pipeline = ref()
        if pipeline is None:
            return
        wake, timeout = pipeline._wake, pipeline._idle_timeout()
        del pipeline
        if timeout > 0:
            wake.wait(timeout)
        pipeline = ref()
        if pipeline is None:
            return
        try:
            keep_going = pipeline._work()
        except Exception:  # pragma: no cover - _work catches per batch; this is the last line of defence
            pipeline._logger.exception("schematic: event worker error; continuing")
            keep_going = True
        del pipeline
        if not keep_going:
            return


# --- process-wide hooks: one atexit and one at-fork handler for every live pipeline -------------------

_PIPELINES: weakref.WeakSet[EventPipeline] = weakref.WeakSet()


def _shutdown_all() -> None:
    for pipeline in list(_PIPELINES):
        pipeline.shutdown()


def _reinit_after_fork() -> None:
    _renew_key_prefix()
    for pipeline in list(_PIPELINES):
        pipeline._after_fork_in_child()


atexit.register(_shutdown_all)
os.register_at_fork(after_in_child=_reinit_after_fork)
