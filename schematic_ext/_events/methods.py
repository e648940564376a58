"""`identify` / `track` / `flush_events` of `Schematic` and `AsyncSchematic`, on the event pipeline."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .._config import EVENT_REQUEST_TIMEOUT
from .pipeline import NO_STATS, EventPipeline, EventStats
from .wire import (
    NO_TRAITS,
    IdentifyOptions,
    TrackItem,
    TrackOptions,
    capture_batch_request,
    event_batch_request,
    identify_event,
    track_event,
    track_item,
    wire_item,
)

if TYPE_CHECKING:
    from .._base_client import ClientOptions, SyncApiClient
    from .._config import SchematicConfig
    from .._retry import RetryPolicy


class EventMethods:
    """`identify` / `track` of `Schematic`: validated on the caller's thread, delivered in the background."""

    _events: EventPipeline | None  # None in offline mode: nothing is sent and no socket is opened

    def identify(
        self,
        keys: Mapping[str, str],
        company: Any = None,
        name: str | None = None,
        traits: Mapping[str, Any] | None = None,
        options: IdentifyOptions | None = None,
    ) -> None:
        """Queue an identify event (create/update a user and, with `company`, its company); never blocks.

        `options` (an `IdentifyOptions`) may set the event's idempotency key."""
        event = identify_event(keys, company, name, traits, options=options)
        if self._events is not None:
            self._events.enqueue(event)

    def track(
        self,
        event: str,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        traits: Mapping[str, Any] | None = None,
        quantity: int | None = None,
        options: TrackOptions | None = None,
    ) -> None:
        """Queue a track event (usage of `event` by a company and/or user); never blocks.

        `options` (a `TrackOptions`) may set the event's idempotency key and time."""
        # The hot path, paid on the caller's thread for every event: a str name, an int quantity,
        # one-entry str dicts as keys, no or empty traits and no options are checked here and appended
        # below, in one frame, without a lock or an allocation (see `TrackItem`). Anything else (larger
        # or non-dict maps, str subclasses, traits, bad input) goes through track_item, which converts
        # it or raises naming the argument; options go through track_event, which builds the wire event.
        item: TrackItem | None = None
        if (
            options is None
            and type(event) is str
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
                    traits_slot = None if traits is None else NO_TRAITS
                    item = (event, quantity, company_key, company_value, user_key, user_value, traits_slot)
        if item is None:
            if options is None:
                item = track_item(event, company, user, traits, quantity)
            else:
                item = wire_item(track_event(event, company, user, traits, quantity, options=options))
        events = self._events
        if events is not None:  # EventPipeline.enqueue, inlined: this saves a call on every event
            queue = events._queue
            if len(queue) < events._fast_limit:
                queue.extend(item)
            else:
                events._admit(item)

    def event_stats(self) -> EventStats:
        """Counters of the event pipeline (all zero in offline mode).

        Not a coroutine on `AsyncSchematic` either: a snapshot read without waiting, as metrics code needs.
        """
        return self._events.stats() if self._events is not None else NO_STATS


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
        options: IdentifyOptions | None = None,
    ) -> None:
        """Queue an identify event; never blocks the event loop."""
        EventMethods.identify(self, keys, company, name, traits, options)

    async def track(  # type: ignore[override]
        self,
        event: str,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        traits: Mapping[str, Any] | None = None,
        quantity: int | None = None,
        options: TrackOptions | None = None,
    ) -> None:
        """Queue a track event; never blocks the event loop."""
        EventMethods.track(self, event, company, user, traits, quantity, options)

    async def flush_events(self, timeout: float | None = None) -> None:
        """Wait until the events queued so far are delivered (see `EventPipeline.flush`)."""
        if self._events is not None:
            await asyncio.to_thread(self._events.flush, timeout)

    async def _aclose_events(self) -> None:
        if self._events is not None:
            await asyncio.to_thread(self._events.shutdown)


def event_options(options: ClientOptions, config: SchematicConfig) -> ClientOptions:
    """The transport settings of event delivery: the client's, sent to `event_capture_url` when set."""
    if config.event_capture_url is None:
        return options
    return attrs.evolve(options, base_url=config.event_capture_url)


def pipeline_for(
    api: SyncApiClient,
    config: SchematicConfig,
    *,
    api_key: str | None = None,
    close_api: bool = False,
    batch: bool = True,
    retry_policy: RetryPolicy | None = None,
    request_timeout: float = EVENT_REQUEST_TIMEOUT,
) -> EventPipeline | None:
    """The pipeline of a client configured by `config` (every client's, `EventClient`'s too); None offline.

    With `config.event_capture_url`, `api` must send there (`event_options`) and batches go in the
    capture format, each event carrying `api_key`. `batch`, `retry_policy` and `request_timeout` are
    `EventClient`'s arguments that `config` lacks.
    """
    if config.offline:
        return None
    return EventPipeline(
        api,
        batch=batch,
        batch_size=config.event_batch_size,
        flush_interval=config.event_flush_interval,
        max_queue_size=config.event_max_queue_size,
        max_in_flight=config.event_max_in_flight,
        on_error=config.on_event_error,
        retry_policy=retry_policy,
        shutdown_timeout=config.event_shutdown_timeout,
        request_timeout=request_timeout,
        close_api=close_api,
        batch_request=event_batch_request
        if config.event_capture_url is None
        else capture_batch_request(api_key),
    )
