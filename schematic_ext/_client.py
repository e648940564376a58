"""`Schematic` and `AsyncSchematic`: the SDK's entry points.

Each client has one attribute per API resource (``client.companies.upsert_company(...)``), all sharing
one transport, auth, retries and timeouts, plus flag checks that answer from cache in about a
microsecond and never raise, never hang: see `schematic_ext._flags` for the logic both twins share.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import threading
import time
import weakref
from collections.abc import Hashable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from schematic_api.api import AsyncResources, SyncResources

from ._auth import reset_session
from ._base_client import AsyncApiClient, ClientOptions, SyncApiClient
from ._config import SchematicConfig, SchematicOptions, client_options, resolve_api_key, resolve_config
from ._events.methods import AsyncEventMethods, SyncEventMethods, event_options, pipeline_for
from ._flags import (
    CheckFlagOptions,
    CheckFlagResult,
    Effect,
    Fetch,
    FlagCore,
    Outcome,
    Plan,
    Wait,
)
from ._singleflight import AsyncSingleFlight, SingleFlight
from .cache import LocalCache

if TYPE_CHECKING:
    import logging

    from typing_extensions import Unpack  # typing.Unpack is 3.11+; typing_extensions is not a dependency

    from ._datastream.checks import LocalChecks
    from ._datastream.connection import DataStreamStats
    from ._events.pipeline import EventPipeline
    from ._events.wire import TrackOptions

__all__ = [
    "AsyncSchematic",
    "CheckFlagOptions",
    "CheckFlagResult",
    "LocalCache",
    "Schematic",
    "SchematicConfig",
]

HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)
_monotonic = time.monotonic


def _setup(
    api_key: str | None,
    config: SchematicConfig | None,
    overrides: Mapping[str, Any],
    http_type: type[HttpClient],
) -> tuple[SchematicConfig, ClientOptions, HttpClient | None, str]:
    """Validate everything a client needs at construction: settings, the key, auth and the user's http
    client."""
    resolved = resolve_config(config, overrides)
    http_client = resolved.user_http_client
    if http_client is not None and not isinstance(http_client, http_type):
        raise TypeError(
            f"this client needs an {http_type.__module__}.{http_type.__name__} as http_client, "
            f"got {type(http_client).__name__} (Schematic takes httpx.Client, AsyncSchematic httpx.AsyncClient)"
        )
    key = resolve_api_key(api_key, offline=resolved.offline)
    return resolved, client_options(key, resolved), http_client, key


def _local_checks(config: SchematicConfig, api_key: str, logger: logging.Logger) -> LocalChecks | None:
    """The client's datastream when ``use_datastream=True`` (never offline); imported only then."""
    if not config.use_datastream or config.offline:
        return None
    direct = config.datastream is None or not config.datastream.replicator_mode
    if direct and api_key.startswith("pk_"):
        raise ValueError(
            "use_datastream=True needs a secret key (sk_...): the datastream refuses publishable keys (pk_)"
        )
    if direct:
        try:
            import websockets.sync.client  # noqa: F401  (the connection's library, loaded on its thread)
        except ImportError:
            raise ImportError(
                "use_datastream=True needs the websockets library: pip install 'schematic-ext[datastream]'"
            ) from None
    from ._datastream.checks import local_checks_for

    return local_checks_for(config, api_key, logger)


def _stop_with(client: object, local: LocalChecks | None) -> None:
    """A client collected without close() stops its datastream connection (its thread would keep it)."""
    if local is None:
        return
    from ._datastream.connection import DataStream

    if isinstance(local.stream, DataStream):
        weakref.finalize(client, local.stream.stop)


def _emit_flag_checks(
    local: LocalChecks | None, config: SchematicConfig, events: EventPipeline | None
) -> None:
    """Local evaluations queue flag_check events on the client's pipeline, unless turned off."""
    settings = config.datastream
    if local is not None and events is not None and (settings is None or settings.flag_check_events):
        local.emit = events.enqueue


def _datastream_stats(local: LocalChecks | None) -> DataStreamStats:
    from ._datastream.connection import NO_DATASTREAM_STATS

    return NO_DATASTREAM_STATS if local is None else local.stream.stats()


def _resolve_soon(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class Schematic(SyncEventMethods, SyncResources):
    """Synchronous client: ``Schematic(api_key, config=None, **overrides)``; keyword overrides win.

    The overrides are `SchematicConfig`'s fields, typed by `SchematicOptions` for IDEs and type checkers.
    ``Schematic(api_key, config)`` as schematichq code writes it works unchanged.
    """

    def __init__(
        self,
        api_key: str | None = None,
        config: SchematicConfig | None = None,
        **overrides: Unpack[SchematicOptions],
    ) -> None:
        self.config, options, http_client, key = _setup(api_key, config, overrides, httpx.Client)
        self._api = SyncApiClient(options, http_client)
        self._requester = self._api
        self._local = _local_checks(self.config, key, options.logger)
        self._flags = FlagCore(self.config, options.logger, allow_async_providers=False, local=self._local)
        self._fast = self._flags.fast
        self._flight: SingleFlight[Any] = SingleFlight(self.config.flag_check_max_workers)
        # Events share the client's connection pool unless they have their own client or host.
        own = self.config.event_http_client
        if own is None and self.config.event_capture_url is None:
            events_api = self._api
        else:
            events_api = SyncApiClient(
                event_options(options, self.config), own if own is not None else http_client
            )
        self._events = pipeline_for(
            events_api, self.config, api_key=key, close_api=events_api is not self._api
        )
        _emit_flag_checks(self._local, self.config, self._events)
        _stop_with(self, self._local)
        if self._local is not None:
            # Bound per instance so that track() without datastream keeps its inlined fast path.
            self.track = self._track_locally  # type: ignore[method-assign]

    # -- flag checks

    def check_flag(
        self,
        flag_key: str,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        options: CheckFlagOptions | None = None,
    ) -> bool:
        """The flag's value for this company/user. Never raises for API, network or cache failures."""
        fast = self._fast
        if options is None and fast is not None:
            # Hot path: the first cache is a LocalCache; build `flags.cache_key` inline (a call costs
            # ~10% here). Anything unusual, bad arguments included, falls through to the full check.
            ck: Hashable
            cv: Hashable
            uk: Hashable
            uv: Hashable
            try:
                if not company:
                    ck = cv = None
                elif len(company) == 1:
                    for ck in company:
                        cv = company[ck]
                else:
                    ck, cv = tuple(sorted(company.items())), None
                if not user:
                    uk = uv = None
                elif len(user) == 1:
                    for uk in user:
                        uv = user[uk]
                else:
                    uk, uv = tuple(sorted(user.items())), None
                key = (flag_key, ck, cv, uk, uv)
                entry = fast.get(key)
                if entry is not None and entry[0] > _monotonic():
                    fast.move_to_end(key)
                    value: bool = entry[1].value
                    return value
            except Exception:
                pass
        elif self._local is not None:
            held = self._flags.cached(flag_key, company, user, options)
            if held is not None:
                return held.value
        result: CheckFlagResult = self._run(self._flags.check_flag(flag_key, company, user, options))
        return result.value

    def check_flag_with_entitlement(
        self,
        flag_key: str,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        options: CheckFlagOptions | None = None,
    ) -> CheckFlagResult:
        """Like `check_flag`, with the reason, rule and entitlement behind the value."""
        result = self._flags.cached(flag_key, company, user, options)
        if result is None:
            result = self._run(self._flags.check_flag(flag_key, company, user, options))
        return result

    def check_flags(
        self,
        flag_keys: Sequence[str] | None = None,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        options: CheckFlagOptions | None = None,
    ) -> list[CheckFlagResult]:
        """Several flags (all, if `flag_keys` is None) for one context in a single request; fills the cache."""
        results: list[CheckFlagResult] = self._run(self._flags.check_flags(flag_keys, company, user, options))
        return results

    def set_flag_default(self, flag_key: str, value: bool) -> None:
        """The value `flag_key` takes when the API cannot answer (after stale values and per-call defaults)."""
        self._flags.set_default(flag_key, value)

    def set_flag_defaults(self, values: Mapping[str, bool]) -> None:
        """`set_flag_default` for several flags at once."""
        self._flags.set_defaults(values)

    # -- effects of flag-check plans

    def _run(self, plan: Plan) -> Any:
        try:
            effect = next(plan)
            while True:
                effect = plan.send(self._perform(effect))
        except StopIteration as done:
            return done.value

    def _perform(self, effect: Effect) -> Any:
        if isinstance(effect, Fetch):
            return self._fetch(effect)
        if isinstance(effect, Wait):
            return self._wait(effect)
        try:
            value = effect.call()
        except Exception as exc:
            self._flags.provider_failed(effect.slot, exc)
            return None
        self._flags.provider_ok(effect.slot)
        return value

    @staticmethod
    def _wait(effect: Wait) -> bool:
        """Block this thread until the datastream delivers (or the effect's timeout)."""
        arrived = threading.Event()
        wake = arrived.set
        if not effect.register(wake):
            return False
        try:
            arrived.wait(effect.timeout)
        finally:
            effect.unregister(wake)
        return True

    def _fetch(self, effect: Fetch) -> Outcome:
        flight = self._flight.start(effect.flight_key, lambda: self._request(effect))
        try:
            return Outcome(flight.result(effect.timeout), None)
        except Exception as exc:  # includes the deadline's TimeoutError
            return Outcome(None, exc)

    def _request(self, effect: Fetch) -> Any:
        """The flight itself: the request, the breaker's record of how it went, then the caches."""
        start = _monotonic()
        try:
            value = self._api.request(effect.prepared, effect.parse, effect.request_options())  # type: ignore[arg-type]
        except Exception as exc:
            self._flags.record(exc, _monotonic() - start, effect.request_timeout)
            raise
        self._flags.record(None, _monotonic() - start, effect.request_timeout)
        self._run(self._flags.store(effect.entries(value)))
        return value

    def reset_session(self) -> None:
        """Drop the cached session token so the next request mints with the current ``get_user()`` (call it
        after a login or logout); a no-op for secret keys."""
        reset_session(self._api.options.auth)

    # -- datastream

    def _track_locally(
        self,
        event: str,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        traits: Mapping[str, Any] | None = None,
        quantity: int | None = None,
        options: TrackOptions | None = None,
    ) -> None:
        """`track()` with datastream on: queued as always, and counted at once in the held company."""
        SyncEventMethods.track(self, event, company, user, traits, quantity, options)
        if company and self._local is not None:
            self._local.add_usage(company, event, 1 if quantity is None else quantity)

    def datastream_stats(self) -> DataStreamStats:
        """Counters of the datastream connection and snapshot (all zero when datastream is off)."""
        return _datastream_stats(self._local)

    # -- lifecycle

    def initialize(self) -> None:
        """Connects the datastream when it is on, for schematichq code; otherwise a no-op: connections, event
        workers and ``pk_`` sessions start on first use, which also keeps a client created before
        ``os.fork()`` from starting threads in the parent."""
        if self._local is not None:
            self._local.stream.start()

    def close(self) -> None:
        """Deliver queued events, then close the datastream and release the connection pool and workers."""
        self._close_events()
        if self._local is not None:
            self._local.stream.close()
        self._flight.close()
        self._api.close()

    def shutdown(self) -> None:
        """schematichq's name for `close()`: deliver queued events, release connections; idempotent."""
        self.close()

    def __enter__(self) -> Schematic:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Schematic(base_url={self.config.base_url!r}, offline={self.config.offline})"


class AsyncSchematic(AsyncEventMethods, AsyncResources):
    """asyncio client: ``AsyncSchematic(api_key, config=None, **overrides)``, with `Schematic`'s settings.

    Every public method is a coroutine except `event_stats`, a snapshot of counters (see `EventMethods`).
    """

    def __init__(
        self,
        api_key: str | None = None,
        config: SchematicConfig | None = None,
        **overrides: Unpack[SchematicOptions],
    ) -> None:
        self.config, options, http_client, key = _setup(api_key, config, overrides, httpx.AsyncClient)
        self._api = AsyncApiClient(options, http_client)
        self._requester = self._api
        self._local = _local_checks(self.config, key, options.logger)
        self._flags = FlagCore(self.config, options.logger, allow_async_providers=True, local=self._local)
        self._flight: AsyncSingleFlight[Any] = AsyncSingleFlight()
        self._events = pipeline_for(
            SyncApiClient(event_options(options, self.config), self.config.event_http_client),
            self.config,
            api_key=key,
            close_api=True,
        )
        _emit_flag_checks(self._local, self.config, self._events)
        _stop_with(self, self._local)
        if self._local is not None:
            # Bound per instance so that track() without datastream keeps its inlined fast path.
            self.track = self._track_locally  # type: ignore[method-assign]

    # -- flag checks

    async def check_flag(
        self,
        flag_key: str,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        options: CheckFlagOptions | None = None,
    ) -> bool:
        """The flag's value for this company/user. Never raises for API, network or cache failures."""
        return (await self.check_flag_with_entitlement(flag_key, company, user, options)).value

    async def check_flag_with_entitlement(
        self,
        flag_key: str,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        options: CheckFlagOptions | None = None,
    ) -> CheckFlagResult:
        """Like `check_flag`, with the reason, rule and entitlement behind the value."""
        result = self._flags.cached(flag_key, company, user, options)
        if result is None:
            result = await self._run(self._flags.check_flag(flag_key, company, user, options))
        return result

    async def check_flags(
        self,
        flag_keys: Sequence[str] | None = None,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        options: CheckFlagOptions | None = None,
    ) -> list[CheckFlagResult]:
        """Several flags (all, if `flag_keys` is None) for one context in a single request; fills the cache."""
        results: list[CheckFlagResult] = await self._run(
            self._flags.check_flags(flag_keys, company, user, options)
        )
        return results

    async def set_flag_default(self, flag_key: str, value: bool) -> None:
        """The value `flag_key` takes when the API cannot answer (after stale values and per-call defaults)."""
        self._flags.set_default(flag_key, value)

    async def set_flag_defaults(self, values: Mapping[str, bool]) -> None:
        """`set_flag_default` for several flags at once."""
        self._flags.set_defaults(values)

    # -- effects of flag-check plans

    async def _run(self, plan: Plan) -> Any:
        try:
            effect = next(plan)
            while True:
                effect = plan.send(await self._perform(effect))
        except StopIteration as done:
            return done.value

    async def _perform(self, effect: Effect) -> Any:
        if isinstance(effect, Fetch):
            return await self._fetch(effect)
        if isinstance(effect, Wait):
            return await self._wait(effect)
        try:
            value = effect.call()
            if inspect.isawaitable(value):
                value = await value
        except Exception as exc:
            self._flags.provider_failed(effect.slot, exc)
            return None
        self._flags.provider_ok(effect.slot)
        return value

    @staticmethod
    async def _wait(effect: Wait) -> bool:
        """Await the datastream's delivery (or the effect's timeout) without blocking the loop."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()

        def wake() -> None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody waits any more
                loop.call_soon_threadsafe(_resolve_soon, future)

        if not effect.register(wake):
            return False
        try:
            await asyncio.wait_for(future, effect.timeout)
        except asyncio.TimeoutError:  # TimeoutError itself from 3.11; its own class on 3.10
            pass
        finally:
            effect.unregister(wake)
        return True

    async def _fetch(self, effect: Fetch) -> Outcome:
        task = self._flight.start(effect.flight_key, lambda: self._request(effect))
        try:
            return Outcome(await asyncio.wait_for(asyncio.shield(task), effect.timeout), None)
        except asyncio.CancelledError as exc:
            if not task.cancelled():
                raise  # this caller was cancelled, not the request
            return Outcome(None, exc)  # aclose() cancelled the request: answer as for any failed one
        except Exception as exc:  # includes the deadline's TimeoutError
            return Outcome(None, exc)

    async def _request(self, effect: Fetch) -> Any:
        """The flight itself: the request, the breaker's record of how it went, then the caches."""
        # Not cancelled at the caller's deadline (the waiters' wait_for is on a shield): like the sync
        # client's background fetch, it runs to the end of its httpx timeouts, so a session mint slower
        # than flag_check_timeout still completes and the next check finds a token.
        start = _monotonic()
        try:
            value = await self._api.request(effect.prepared, effect.parse, effect.request_options())  # type: ignore[arg-type]
        except Exception as exc:
            self._flags.record(exc, _monotonic() - start, effect.request_timeout)
            raise
        self._flags.record(None, _monotonic() - start, effect.request_timeout)
        await self._run(self._flags.store(effect.entries(value)))
        return value

    async def reset_session(self) -> None:
        """Drop the cached session token so the next request mints with the current ``get_user()`` (call it
        after a login or logout); a no-op for secret keys."""
        reset_session(self._api.options.auth)

    # -- datastream

    async def _track_locally(
        self,
        event: str,
        company: Mapping[str, str] | None = None,
        user: Mapping[str, str] | None = None,
        traits: Mapping[str, Any] | None = None,
        quantity: int | None = None,
        options: TrackOptions | None = None,
    ) -> None:
        """`track()` with datastream on: queued as always, and counted at once in the held company."""
        await AsyncEventMethods.track(self, event, company, user, traits, quantity, options)
        if company and self._local is not None:
            self._local.add_usage(company, event, 1 if quantity is None else quantity)

    def datastream_stats(self) -> DataStreamStats:
        """Counters of the datastream connection and snapshot (all zero when datastream is off); not a
        coroutine, like `event_stats`."""
        return _datastream_stats(self._local)

    # -- lifecycle

    async def initialize(self) -> None:
        """Connects the datastream when it is on (as schematichq does here); otherwise a no-op: connections,
        event workers and ``pk_`` sessions start on first use. Replicator mode's wait for the first Redis
        read runs on a worker thread, so the event loop keeps running meanwhile."""
        if self._local is not None:
            await asyncio.to_thread(self._local.stream.start)

    async def aclose(self) -> None:
        """Deliver queued events, close the datastream, cancel the flag-check requests in flight, then
        release the connection pool."""
        await self._aclose_events()
        if self._local is not None:
            await asyncio.to_thread(self._local.stream.close)
        await self._flight.aclose()
        await self._api.aclose()

    async def shutdown(self) -> None:
        """schematichq's name for `aclose()`; idempotent."""
        await self.aclose()

    async def __aenter__(self) -> AsyncSchematic:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncSchematic(base_url={self.config.base_url!r}, offline={self.config.offline})"
