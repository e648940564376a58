"""`EventClient` / `AsyncEventClient`: the SegOps SDK's event-client surface on top of the event pipeline.

Code written for SegOps' ``SegOpsClient`` works with ``EventClient`` unchanged: ``track(user_id=...,
event_type=...)``, ``identify(user_id=..., traits=...)``, ``flush()``, ``shutdown()`` / ``close()``,
``reset_session()`` and ``with``. Events go to the Schematic API as its own event types:

* ``track(user_id=u, event_type=e, occurred_at=t, payload=p)`` -> a ``track`` event with
  ``body = {"event": e, "user": {"user_id": u}, "traits": p}`` and ``sent_at = t``;
* ``identify(user_id=u, traits=p)`` -> an ``identify`` event with ``body = {"keys": {"user_id": u},
  "traits": p}``.

Unlike SegOps' client, `track` never flushes on the caller's thread, and nothing is dropped after three
retries: see `EventPipeline`.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
from collections.abc import Mapping
from types import TracebackType
from typing import Any, ClassVar

import attrs
import httpx

from ._base_client import SyncApiClient
from ._config import (
    EVENT_BATCH_SIZE,
    EVENT_FLUSH_INTERVAL,
    EVENT_MAX_IN_FLIGHT,
    EVENT_MAX_QUEUE_SIZE,
    EVENT_REQUEST_TIMEOUT,
    EVENT_SHUTDOWN_TIMEOUT,
    SchematicConfig,
    client_options,
)
from ._events.methods import pipeline_for
from ._events.pipeline import NO_STATS, EventErrorHandler, EventPipeline, EventStats
from ._events.wire import (
    QueuedEvent,
    TrackItem,
    event_name,
    identify_event,
    timestamp,
    traits_slot,
    wire_event,
)
from ._retry import RetryPolicy
from ._session import GetUser, UserContext

__all__ = ["AsyncEventClient", "Event", "EventClient", "SegOpsClient"]

_EVENT_FIELDS = frozenset({"user_id", "event_type", "occurred_at", "payload"})


@attrs.frozen(kw_only=True)
class Event:
    """One SegOps-style event: who did what, when, with which payload (validated when tracked)."""

    user_id: str
    event_type: str
    occurred_at: datetime.datetime | str | None = None
    payload: Mapping[str, Any] | None = None


def _user_id(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"user_id must be a str, got {type(value).__name__}")
    if not value:
        raise ValueError("user_id must be a non-empty str")
    return value


def track_queued(
    event: Event | Mapping[str, Any] | None,
    user_id: str | None,
    event_type: str | None,
    occurred_at: datetime.datetime | str | None,
    payload: Mapping[str, Any] | None,
) -> QueuedEvent:
    """Normalise the three call styles of ``track`` into one Schematic track event, as it is queued: a
    `TrackItem` (its wire form is built on the worker), or the wire event when it carries a timestamp."""
    if event is not None:
        if user_id is not None or event_type is not None or occurred_at is not None or payload is not None:
            raise TypeError("pass either an event or keyword arguments to track(), not both")
        if isinstance(event, Event):
            user_id, event_type, occurred_at, payload = (
                event.user_id,
                event.event_type,
                event.occurred_at,
                event.payload,
            )
        elif isinstance(event, Mapping):
            unknown = sorted(set(event) - _EVENT_FIELDS)
            if unknown:
                raise ValueError(f"event has unknown field(s) {unknown}; expected {sorted(_EVENT_FIELDS)}")
            user_id, event_type = event.get("user_id"), event.get("event_type")
            occurred_at, payload = event.get("occurred_at"), event.get("payload")
        else:
            raise TypeError(f"event must be an Event or a mapping, got {type(event).__name__}")
    if event_type is None:
        raise TypeError("track() needs event_type")
    if type(event_type) is not str or not event_type or event_type.isspace():
        event_type = event_name(event_type, "event_type")
    item: TrackItem = (
        event_type,
        None,
        None,
        None,
        "user_id",
        _user_id(user_id),
        None if payload is None else traits_slot(payload, "payload"),
    )
    sent_at = timestamp(occurred_at, "occurred_at")
    if sent_at is None:
        return item
    wire = wire_event(item)
    wire["sent_at"] = sent_at
    return wire


def identify_wire(context: Any, user_id: str | None, traits: Mapping[str, Any] | None) -> dict[str, Any]:
    """Normalise ``identify(context)`` / ``identify(user_id=..., traits=...)`` into an identify event."""
    if context is not None:
        if isinstance(context, Mapping):
            user_id = context.get("user_id", user_id)
            traits = context.get("traits", traits)
        elif isinstance(context, UserContext):
            user_id = context.user_id if user_id is None else user_id
        else:
            raise TypeError(f"context must be a UserContext or a mapping, got {type(context).__name__}")
    return identify_event({"user_id": _user_id(user_id)}, traits=traits)


class EventClientConfig(SchematicConfig):
    """`EventClient`'s settings: the `SchematicConfig` event settings, validated and defaulted as for
    `Schematic`, with errors that name EventClient's own arguments."""

    __slots__ = ()
    _arguments: ClassVar[Mapping[str, str]] = {
        "base_url": "api_url",
        "event_batch_size": "batch_size",
        "event_flush_interval": "flush_interval",
        "on_event_error": "on_error",
        "event_max_queue_size": "max_queue_size",
        "event_shutdown_timeout": "shutdown_timeout",
        "event_max_in_flight": "max_in_flight",
        "event_http_client": "http_client",
    }


class _EventClientBase:
    """Construction and the non-blocking methods shared by `EventClient` and `AsyncEventClient`."""

    def __init__(
        self,
        api_url: str,
        api_key: str | None = None,
        get_user: GetUser | None = None,
        batch: bool = True,
        batch_size: int = EVENT_BATCH_SIZE,
        flush_interval: float = EVENT_FLUSH_INTERVAL,
        on_error: EventErrorHandler | None = None,
        max_queue_size: int = EVENT_MAX_QUEUE_SIZE,
        *,
        timeout: float = EVENT_REQUEST_TIMEOUT,
        shutdown_timeout: float = EVENT_SHUTDOWN_TIMEOUT,
        max_in_flight: int = EVENT_MAX_IN_FLIGHT,
        retry_policy: RetryPolicy | None = None,
        auth: httpx.Auth | None = None,
        http_client: httpx.Client | None = None,
        offline: bool = False,
        logger: logging.Logger | None = None,
    ) -> None:
        config = EventClientConfig(
            base_url=api_url,
            timeout=timeout,
            max_retries=0,  # the pipeline keeps its own retry schedule
            offline=offline,
            logger=logger,
            get_user=get_user,
            event_batch_size=batch_size,
            event_flush_interval=flush_interval,
            event_max_queue_size=max_queue_size,
            event_max_in_flight=max_in_flight,
            event_shutdown_timeout=shutdown_timeout,
            on_event_error=on_error,
            event_http_client=http_client,
        )
        if auth is not None and not isinstance(auth, httpx.Auth):
            raise TypeError(f"auth must be an httpx.Auth, got {type(auth).__name__}")
        self._offline = config.offline
        self._pipeline: EventPipeline | None = None
        if config.offline:
            return  # no key, auth or socket needed
        self._pipeline = pipeline_for(
            SyncApiClient(client_options(api_key, config, auth), config.event_http_client),
            config,
            close_api=True,
            batch=batch,
            retry_policy=retry_policy,
            request_timeout=config.timeout,
        )

    def _enqueue(self, event: QueuedEvent) -> None:
        if self._pipeline is not None:
            self._pipeline.enqueue(event)

    def stats(self) -> EventStats:
        """Queued, sent, retried, dropped and failed event counts (all zero when offline).

        Not a coroutine on `AsyncEventClient` either: a snapshot read without waiting, as metrics code needs.
        """
        if self._pipeline is None:
            return NO_STATS
        return self._pipeline.stats()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(offline={self._offline}, stats={self.stats()})"


class EventClient(_EventClientBase):
    """Thread-safe, non-blocking event client with the SegOps SDK's surface (see the module docstring).

    ``EventClient(api_url, api_key, get_user=None, batch=True, batch_size=100, flush_interval=5.0,
    on_error=None, max_queue_size=10_000)``; `max_in_flight` batches are sent at once. `on_error(error,
    events)` receives events that could not be delivered. A ``pk_`` key runs the session handshake.
    """

    def track(
        self,
        event: Event | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        event_type: str | None = None,
        occurred_at: datetime.datetime | str | None = None,
        payload: Mapping[str, Any] | None = None,
    ) -> None:
        """Queue an event (an `Event`, a dict, or keywords); validates, never blocks."""
        self._enqueue(track_queued(event, user_id, event_type, occurred_at, payload))

    def identify(
        self, context: Any = None, *, user_id: str | None = None, traits: Mapping[str, Any] | None = None
    ) -> None:
        """Queue an identify event recording `traits` for `user_id` (or ``context.user_id``)."""
        self._enqueue(identify_wire(context, user_id, traits))

    def flush(self, timeout: float | None = None) -> None:
        """Block until everything queued so far is delivered; raises `ApiError` if some could not be."""
        if self._pipeline is not None:
            self._pipeline.flush(timeout)

    def shutdown(self, timeout: float | None = None) -> None:
        """Deliver what is queued (up to `timeout`, default `shutdown_timeout`), stop the worker; idempotent."""
        if self._pipeline is not None:
            self._pipeline.shutdown(timeout)

    def close(self) -> None:
        """Alias of `shutdown()`."""
        self.shutdown()

    def reset_session(self) -> None:
        """Drop the cached session token so the next request re-mints with ``get_user()``; no-op for sk_ keys."""
        if self._pipeline is not None:
            self._pipeline.reset_session()

    def __enter__(self) -> EventClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.shutdown()


class AsyncEventClient(_EventClientBase):
    """The asyncio twin of `EventClient`: awaitable methods, the same thread-based pipeline underneath.

    ``await track(...)`` only validates and enqueues (microseconds), so it never blocks the loop;
    ``flush`` / ``shutdown`` wait for the worker in a thread. See `AsyncEventMethods` for why the engine
    is a thread rather than a task.
    """

    async def track(
        self,
        event: Event | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        event_type: str | None = None,
        occurred_at: datetime.datetime | str | None = None,
        payload: Mapping[str, Any] | None = None,
    ) -> None:
        """Queue an event (an `Event`, a dict, or keywords); validates, never blocks."""
        self._enqueue(track_queued(event, user_id, event_type, occurred_at, payload))

    async def identify(
        self, context: Any = None, *, user_id: str | None = None, traits: Mapping[str, Any] | None = None
    ) -> None:
        """Queue an identify event recording `traits` for `user_id` (or ``context.user_id``)."""
        self._enqueue(identify_wire(context, user_id, traits))

    async def flush(self, timeout: float | None = None) -> None:
        """Wait until everything queued so far is delivered; raises `ApiError` if some could not be."""
        if self._pipeline is not None:
            await asyncio.to_thread(self._pipeline.flush, timeout)

    async def shutdown(self, timeout: float | None = None) -> None:
        """Deliver what is queued, stop the worker; idempotent."""
        if self._pipeline is not None:
            await asyncio.to_thread(self._pipeline.shutdown, timeout)

    async def aclose(self) -> None:
        """Alias of `shutdown()`."""
        await self.shutdown()

    async def reset_session(self) -> None:
        """Drop the cached session token so the next request re-mints with ``get_user()``; no-op for sk_ keys."""
        if self._pipeline is not None:
            self._pipeline.reset_session()

    async def __aenter__(self) -> AsyncEventClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.shutdown()


SegOpsClient = EventClient
"""The SegOps SDK's name for `EventClient`, so ``from schematic_ext import SegOpsClient`` code runs as is."""
