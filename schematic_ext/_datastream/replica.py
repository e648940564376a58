"""Replicator mode: checks answered from the Redis a ``schematic-replicator`` keeps, with no WebSocket.

A `ReplicaSource` stands where direct mode's `DataStream` does: it fills the same `Snapshot`, which
`LocalChecks` evaluates from in microseconds, so a check never waits on Redis once what it needs is
held. Two background threads feed it:

* the watcher polls the replicator's health URL for ``cache_version`` (every
  ``replicator_health_check`` ms, as schematichq) and listens on the replicator's change channel; each
  notice has the fetcher re-read that key, so a rule change written by the replicator reaches this
  process within a Redis round trip. A new version, or a (re)subscription after the channel was lost
  (notices may have been missed meanwhile), re-reads everything held.
* the fetcher reads what checks ask for (a company or user not held: its lookup keys, then its id key)
  and what notices name, in order, so a re-read always lands after the write it announces.

A company or user absent from Redis is answered "not found" at once and that check goes to the REST
API, as is every check while no cache version is known or Redis cannot be read. A forked child forgets
its parent's threads and snapshot and reads Redis afresh on its first check. The Redis connection
comes from the ``datastream`` cache slots (``RedisCache(redis_client)``, as schematichq code writes
it); `replicator_settings` checks them when the config is built.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .._validators import DATASTREAM_CACHES
from .connection import CLOSED, CONNECTED, CONNECTING, DOWN, IDLE, DataStreamStats
from .protocol import COMPANY, DELETE, ERROR, FLAG, FLAGS, FULL, USER, Message
from .store import Entry, Snapshot, Waiter

if TYPE_CHECKING:
    import redis

    from .._config import DataStreamConfig
    from .._replicator.keys import KeyLayout

__all__ = ["DEFAULT_HEALTH_URL", "ReplicaSource", "redis_of", "replica_source", "replicator_settings"]

DEFAULT_HEALTH_URL = "http://localhost:8090/ready"  # schematichq's
DEFAULT_HEALTH_CHECK_MS = 30_000  # schematichq's
HEALTH_TIMEOUT = 2.0
REDIS_TIMEOUT = 2.0
INITIAL_WAIT = 3.0  # how long initialize() waits for the first read (health, then the flag set)
LISTEN_TIMEOUT = 0.5  # the watcher's longest wait for a notice, so health polls and close() are on time
MAX_RETRY_DELAY = 5.0
SCAN_COUNT = 500
_CONNECTION_FIELDS = ("host", "port", "db", "username", "password", "path", "client_name")


# -- the Redis connection, from the cache slots ---------------------------------------------------


def _is_async_redis(client: Any) -> bool:
    return type(client).__module__.startswith("redis.asyncio")


def _redis_client(provider: Any) -> Any:
    client = getattr(provider, "client", None)
    if client is None or not type(client).__module__.startswith("redis"):
        return None
    return client


def _server(client: Any) -> tuple[Any, ...]:
    kwargs = client.connection_pool.connection_kwargs
    return tuple(kwargs.get(name) for name in ("host", "port", "path", "db"))


def _prefix(provider: Any) -> str:
    """The replicator's key prefix a cache stands for: schematichq's ``RedisCache(prefix="schematic")``
    means ``schematic:<key>``; ours keeps its separator (``"schematic:"``), and our flag-check default
    (``"schematic:flags:"``) stands for the replicator's default, ``"schematic"``."""
    from ..cache import DEFAULT_REDIS_PREFIX

    prefix = str(provider.prefix)
    if prefix == DEFAULT_REDIS_PREFIX:
        from .._replicator.keys import DEFAULT_PREFIX

        return DEFAULT_PREFIX
    return prefix.rstrip(":")


def replicator_settings(datastream: DataStreamConfig) -> None:
    """With ``replicator_mode=True``: the cache slots given are Redis caches on one server and prefix,
    and at least one is given; otherwise an error naming the field."""
    given = {name: getattr(datastream, name) for name in DATASTREAM_CACHES}
    given = {name: provider for name, provider in given.items() if provider is not None}
    if not given:
        raise ValueError(
            "datastream.replicator_mode=True reads the replicator's Redis: pass RedisCache(redis_client) as "
            "datastream.company_cache, company_lookup_cache, user_cache, user_lookup_cache and flag_cache "
            "(as schematichq does)"
        )
    first: tuple[tuple[Any, ...], str] | None = None
    for name, provider in given.items():
        client = _redis_client(provider)
        if client is None or not hasattr(provider, "prefix"):
            raise TypeError(
                f"datastream.{name}: replicator mode reads a shared Redis, so it needs a Redis cache "
                f"(RedisCache or AsyncRedisCache), not {type(provider).__name__}"
            )
        identity = (_server(client), _prefix(provider))
        if first is None:
            first = identity
        elif identity != first:
            raise ValueError(
                f"datastream.{name}: every cache slot must name the same Redis and prefix in replicator mode "
                f"(got {identity[0]} prefix {identity[1]!r}, and {first[0]} prefix {first[1]!r} before)"
            )


def redis_of(datastream: DataStreamConfig) -> tuple[redis.Redis, str]:
    """A synchronous client on the slots' Redis (theirs when it is one; else one to the same server), and
    the key prefix; `replicator_settings` has checked the slots."""
    import redis
    import redis.connection

    provider = next(getattr(datastream, n) for n in DATASTREAM_CACHES if getattr(datastream, n) is not None)
    client = _redis_client(provider)
    if not _is_async_redis(client):
        return client, _prefix(provider)
    pool = client.connection_pool
    kwargs = {
        name: value
        for name, value in pool.connection_kwargs.items()
        if name in _CONNECTION_FIELDS or name.startswith("ssl_")
    }
    connection_class = getattr(redis.connection, pool.connection_class.__name__, redis.connection.Connection)
    sync_pool = redis.ConnectionPool(
        connection_class=connection_class,
        socket_timeout=REDIS_TIMEOUT,
        socket_connect_timeout=REDIS_TIMEOUT,
        **kwargs,
    )
    return redis.Redis(connection_pool=sync_pool), _prefix(provider)


# -- the source ------------------------------------------------------------------------------------


@attrs.frozen
class _Ask:
    entity_type: str
    keys: Mapping[str, str]


@attrs.frozen
class _Refresh:
    entity_type: str
    id: str | None  # None with FLAGS


@attrs.frozen
class _Reload:
    """Re-read the flag set and every company and user held."""


Job = _Ask | _Refresh | _Reload


def _wake(waiters: list[Waiter], logger: logging.Logger) -> None:
    for waiter in waiters:
        try:
            waiter()
        except Exception:
            logger.exception("schematic: a replicator-mode waiter failed")


class ReplicaSource:
    """What `LocalChecks` reads in replicator mode (see the module docstring); `DataStream`'s interface."""

    def __init__(
        self,
        *,
        client: redis.Redis,
        prefix: str,
        health_url: str,
        health_interval: float,
        settings: DataStreamConfig,
        logger: logging.Logger,
    ) -> None:
        from .connection import DEFAULT_TTL_MS

        self.url = health_url
        self.redis = client
        self.prefix = prefix
        self.health_interval = health_interval
        ttl_ms = settings.cache_ttl if settings.cache_ttl is not None else DEFAULT_TTL_MS
        self._max_entities, self._ttl = settings.max_entities, ttl_ms / 1000
        self.snapshot = Snapshot(self._max_entities, self._ttl)
        self.logger = logger
        self._init_state()
        _SOURCES.add(self)

    def _init_state(self) -> None:
        """No threads, nothing known: at construction and in a forked child."""
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._settled = threading.Event()  # the first read is done, or failed
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self.state = IDLE
        self.layout: KeyLayout | None = None
        self.replicator_ready = False
        self._notices = 0
        self._last_error: str | None = None
        self._reported: str | None = None

    # -- lifecycle

    def start(self) -> None:
        """Start reading and wait (at most `INITIAL_WAIT` s) for the first read, so the first checks are
        local: ``initialize()``, as schematichq's client awaits its first health check there."""
        self._launch()
        self._settled.wait(INITIAL_WAIT)

    def _launch(self) -> None:
        """Start the watcher and the fetcher (idempotent; the first check calls it without waiting)."""
        with self._lock:
            if self.state != IDLE:
                return
            self.state = CONNECTING
            self._threads = [
                threading.Thread(target=self._watch, name="schematic-replica-watch", daemon=True),
                threading.Thread(target=self._fetch, name="schematic-replica-fetch", daemon=True),
            ]
        for thread in self._threads:
            thread.start()

    def close(self) -> None:
        """Stop both threads; checks then answer from the snapshot or the API."""
        with self._lock:
            self.state = CLOSED
            self._stop.set()
            threads = self._threads
        self._jobs.put(None)
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join(LISTEN_TIMEOUT + HEALTH_TIMEOUT + 1.0)
        _wake(self.snapshot.take_all_waiters(), self.logger)

    def _after_fork_in_child(self) -> None:
        """The parent's threads are not this process's, and nothing would keep its copy current: forget
        both, so the child's first check starts its own threads and reads Redis afresh."""
        closed = self.state == CLOSED
        self._init_state()
        snapshot = self.snapshot
        fresh = Snapshot(self._max_entities, self._ttl)
        snapshot.flags, snapshot.flags_loaded = fresh.flags, False
        snapshot.companies, snapshot.users = fresh.companies, fresh.users
        snapshot.reset_lock()
        if closed:
            self.state = CLOSED

    # -- asking for what a check needs

    def ask(self, entity_type: str, keys: Mapping[str, str] | None, waiter: Waiter) -> bool:
        """Wait for an entity (or the flag set) from Redis; False when nothing can arrive (no cache version
        yet or Redis unreachable), so the check asks the API instead."""
        if self.state == IDLE:
            self._launch()
        if entity_type == FLAGS:
            if self.state != CONNECTING:
                return False
            self.snapshot.wait_for(FLAGS, None, waiter)
            if self.snapshot.flags_loaded or self.state != CONNECTING:
                self.snapshot.cancel(FLAGS, None, waiter)
                return False
            return True
        if self.state != CONNECTED or keys is None:
            return False
        if self.snapshot.wait_for(entity_type, keys, waiter):
            self._jobs.put(_Ask(entity_type, dict(keys)))
        return True

    def cancel(self, entity_type: str, keys: Mapping[str, str] | None, waiter: Waiter) -> None:
        self.snapshot.cancel(entity_type, keys, waiter)

    # -- the watcher's thread: health and change notices

    def _watch(self) -> None:
        next_health = 0.0
        pubsub: Any = None
        delay = 0.2
        while not self._stop.is_set():
            try:
                if time.monotonic() >= next_health:
                    self._poll_health()
                    next_health = time.monotonic() + self.health_interval
                if pubsub is None:
                    pubsub = self._subscribe()
                    delay = 0.2
                message = pubsub.get_message(
                    ignore_subscribe_messages=True,
                    timeout=max(0.0, min(LISTEN_TIMEOUT, next_health - time.monotonic())),
                )
                if message is not None and message.get("type") == "message":
                    self._on_notice(message.get("data"))
            except Exception as exc:  # Redis or the health URL failing: log once, back off, retry
                self._failed("redis", f"cannot read Redis ({type(exc).__name__}: {exc})")
                if pubsub is not None:
                    self._close_quietly(pubsub)
                    pubsub = None
                self._stop.wait(delay)
                delay = min(delay * 2, MAX_RETRY_DELAY)
        if pubsub is not None:
            self._close_quietly(pubsub)

    def _close_quietly(self, pubsub: Any) -> None:
        try:
            pubsub.close()
        except Exception as exc:
            self.logger.debug("schematic: closing the replicator channel failed: %s", exc)

    def _subscribe(self) -> Any:
        """Listen for notices; everything held is re-read, since notices may have been missed."""
        from .._replicator.keys import channel

        pubsub = self.redis.pubsub(ignore_subscribe_messages=True)  # type: ignore[no-untyped-call]
        pubsub.subscribe(channel(self.prefix))
        self._jobs.put(_Reload())
        return pubsub

    def _poll_health(self) -> None:
        """Ask the replicator for its readiness and cache version; a new version re-reads everything."""
        import httpx

        from .._replicator.keys import KeyLayout

        try:
            response = httpx.get(self.url, timeout=HEALTH_TIMEOUT)
            body = response.json()
            version = body.get("cache_version") or body.get("cacheVersion")
            ready = body.get("ready") is True
        except Exception as exc:
            self.replicator_ready = False
            self._failed(
                "health", f"replicator health check at {self.url} failed ({type(exc).__name__}: {exc})"
            )
            if self.layout is None:
                self._give_up_waiting()
            return
        if ready != self.replicator_ready:
            self.logger.info("schematic: the replicator is %s", "ready" if ready else "not ready")
        self.replicator_ready = ready
        if not isinstance(version, str) or not version:
            self._failed("health", f"replicator health at {self.url} has no cache_version: {body!r}")
            if self.layout is None:
                self._give_up_waiting()
            return
        if self.layout is None or self.layout.version != version:
            if self.layout is not None:
                self.logger.info("schematic: replicator cache version %s -> %s", self.layout.version, version)
            self.layout = KeyLayout(self.prefix, version)
            self._jobs.put(_Reload())

    def _on_notice(self, raw: Any) -> None:
        from .._replicator.keys import parse_notice

        notice = parse_notice(raw) if isinstance(raw, (str, bytes)) else None
        layout = self.layout
        if notice is None or layout is None or notice.cache_version != layout.version:
            return
        self._notices += 1
        self._jobs.put(_Refresh(notice.entity_type, notice.id))

    # -- the fetcher's thread: reads, applied in order

    def _fetch(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None or self._stop.is_set():
                return
            try:
                self._run(job)
            except Exception as exc:
                self._failed("redis", f"cannot read Redis ({type(exc).__name__}: {exc})")
                if self.state in (CONNECTED, CONNECTING):
                    self.state = DOWN
                self._settled.set()
                # What waited for this read goes to the API; the watcher's resubscription re-reads the rest.
                _wake(self.snapshot.take_all_waiters(), self.logger)

    def _run(self, job: Job) -> None:
        layout = self.layout
        if layout is None:
            return
        if isinstance(job, _Ask):
            self._read_entity(layout, job.entity_type, job.keys)
        elif isinstance(job, _Reload):
            self._reload(layout)
        elif job.entity_type == FLAGS:
            self._read_flags(layout)
        elif job.entity_type == FLAG and job.id is not None:
            raw = self.redis.get(layout.flag(job.id))
            if raw is None:
                self._apply(Message(FLAG, DELETE, {"key": job.id}))
            else:
                self._apply(Message(FLAG, FULL, _json(raw)))
        elif job.id is not None and self.snapshot.table(job.entity_type).get(job.id) is not None:
            self._read_by_id(layout, job.entity_type, job.id)

    def _reload(self, layout: KeyLayout) -> None:
        self._read_flags(layout)
        for entity_type in (COMPANY, USER):
            for entity_id in self._held_ids(entity_type):
                self._read_by_id(layout, entity_type, entity_id)

    def _held_ids(self, entity_type: str) -> list[str]:
        table = self.snapshot.table(entity_type)
        found = [table.find(keys) for keys in table.all_keys()]
        return [entry.data["id"] for entry in found if isinstance(entry, Entry)]

    def _read_flags(self, layout: KeyLayout) -> None:
        """The whole flag set, once the replicator's marker says it is complete."""
        if not self.redis.exists(layout.marker()):
            self._failed(
                "redis", f"no flag set in Redis under {layout.marker()!r} yet (is the replicator running?)"
            )
            self._give_up_waiting()
            return
        keys = list(self.redis.scan_iter(match=layout.flag_pattern(), count=SCAN_COUNT))
        values = self.redis.mget(keys) if keys else []
        flags = [_json(raw) for raw in values if raw is not None]
        flags = [flag for flag in flags if isinstance(flag, dict) and isinstance(flag.get("key"), str)]
        connected = self.state == CONNECTED
        self.state = CONNECTED  # before the flag set wakes its waiters, so they may ask for entities next
        self._apply(Message(FLAGS, FULL, flags))
        self._settled.set()
        if not connected:
            if self._reported is not None:
                self.logger.warning("schematic: reading the replicator's Redis again")
            else:
                self.logger.info(
                    "schematic: replicator mode: %d flags read (cache version %s)", len(flags), layout.version
                )
            self._reported = None

    def _read_entity(self, layout: KeyLayout, entity_type: str, keys: Mapping[str, str]) -> None:
        """A company or user by its keys: found, or answered "not found" (the check asks the API)."""
        lookup_keys = [layout.lookup(entity_type, name, value) for name, value in keys.items()]
        ids = {_json(raw) for raw in self.redis.mget(lookup_keys) if raw is not None}
        raw = self.redis.get(layout.entity(entity_type, next(iter(ids)))) if len(ids) == 1 else None
        data = _json(raw) if raw is not None else None
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            self._apply(Message(entity_type, FULL, data))
            return
        error = "keys name two entities" if len(ids) > 1 else "not in the replicator's Redis"
        self._apply(
            Message(entity_type, ERROR, {"error": error, "entity_type": entity_type, "keys": dict(keys)})
        )

    def _read_by_id(self, layout: KeyLayout, entity_type: str, entity_id: str) -> None:
        raw = self.redis.get(layout.entity(entity_type, entity_id))
        data = _json(raw) if raw is not None else None
        if isinstance(data, dict) and data.get("id") == entity_id:
            self._apply(Message(entity_type, FULL, data))
        else:
            self._apply(Message(entity_type, DELETE, {"id": entity_id}))

    def _apply(self, message: Message) -> None:
        woken, _ = self.snapshot.apply(message)
        _wake(woken, self.logger)

    def _give_up_waiting(self) -> None:
        """Nothing can be read yet: checks waiting for the flag set go to the API."""
        if self.state == CONNECTING:
            self.state = DOWN
        self._settled.set()
        _wake(self.snapshot.take_all_waiters(), self.logger)

    def _failed(self, kind: str, message: str) -> None:
        """Record a failure; log it once per outage, then quietly while it lasts."""
        self._last_error = message
        if self._stop.is_set():
            return
        if self._reported != kind:
            self.logger.warning("schematic: %s; checks go to the API meanwhile", message)
            self._reported = kind
        else:
            self.logger.debug("schematic: %s", message)

    # -- observation

    def stats(self) -> DataStreamStats:
        snapshot = self.snapshot
        return DataStreamStats(
            state=self.state,
            messages=self._notices,
            flags=len(snapshot.flags),
            companies=len(snapshot.companies),
            users=len(snapshot.users),
            last_error=self._last_error,
        )


def _json(raw: Any) -> Any:
    import json

    try:
        return json.loads(raw)
    except (ValueError, TypeError, UnicodeDecodeError):
        return None


def replica_source(settings: DataStreamConfig, logger: logging.Logger) -> ReplicaSource:
    """The source of a client with ``replicator_mode=True`` (no thread until first used)."""
    client, prefix = redis_of(settings)
    interval_ms = settings.replicator_health_check or DEFAULT_HEALTH_CHECK_MS
    return ReplicaSource(
        client=client,
        prefix=prefix,
        health_url=settings.replicator_health_url or DEFAULT_HEALTH_URL,
        health_interval=interval_ms / 1000,
        settings=settings,
        logger=logger,
    )


_SOURCES: weakref.WeakSet[ReplicaSource] = weakref.WeakSet()


def _reinit_after_fork() -> None:
    for source in list(_SOURCES):
        source._after_fork_in_child()


os.register_at_fork(after_in_child=_reinit_after_fork)
