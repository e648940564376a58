"""The replicator: one datastream connection, every company and user of the environment subscribed, and
Redis kept equal to what the stream says.

The stream sends companies and users only when asked (``start`` with their keys), so the replicator
lists them over REST (``listCompanies``/``listUsers``, paged) at start and every ``relist_interval``,
asks the stream for each one it does not hold yet, and from then on receives their changes as pushes.
The connection, its reconnects and the partial merges are `schematic_ext._datastream`'s; writing is
`RedisWriter`'s. It is ready (the health endpoint says so) once the flag set and every listed entity
are in Redis, and stays ready while Redis can be written and the stream is connected (while it is down,
what Redis holds may be going stale).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .._config import DataStreamConfig
from .._datastream.connection import CONNECTED, DataStream
from .._datastream.protocol import COMPANY, USER
from .._datastream.store import Entry
from .health import HealthServer
from .keys import KeyLayout
from .mirror import MirroredSnapshot
from .writer import RedisWriter

if TYPE_CHECKING:
    from .settings import ReplicatorSettings

__all__ = ["Replicator"]

PAGE_SIZE = 100
LIST_RETRY_DELAY = 5.0  # seconds before a failed listing is tried again
REDIS_TIMEOUT = 5.0
SHUTDOWN_FLUSH_TIMEOUT = 5.0
Wanted = tuple[str, frozenset[tuple[str, str]]]


class _ReplicatorStream(DataStream):
    """The datastream's connection, applying frames to the replicator's `MirroredSnapshot`."""

    def __init__(
        self, mirror: MirroredSnapshot, *, base_url: str, api_key: str, logger: logging.Logger
    ) -> None:
        super().__init__(base_url=base_url, api_key=api_key, settings=DataStreamConfig(), logger=logger)
        self.snapshot = mirror


class Replicator:
    """The running service (see the module docstring); `run` blocks until `stop` is called."""

    def __init__(self, settings: ReplicatorSettings, logger: logging.Logger) -> None:
        import redis

        from .._client import Schematic

        self.settings = settings
        self.logger = logger
        self.layout = KeyLayout(settings.prefix, settings.cache_version)
        self.mirror = MirroredSnapshot(self._changed)
        self.redis = redis.Redis.from_url(
            settings.redis_url, socket_timeout=REDIS_TIMEOUT, socket_connect_timeout=REDIS_TIMEOUT
        )
        self.writer = RedisWriter(
            self.redis, self.layout, self.mirror, ttl_ms=settings.cache_ttl, logger=logger
        )
        self.stream = _ReplicatorStream(
            self.mirror, base_url=settings.base_url, api_key=settings.api_key, logger=logger
        )
        self.api = Schematic(settings.api_key, base_url=settings.base_url, cache_providers=[])
        self.health = HealthServer(
            settings.health_host,
            settings.health_port,
            cache_version=settings.cache_version,
            ready=self.ready,
            logger=logger,
        )
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._wanted: dict[Wanted, dict[str, str]] = {}  # listed, not yet received nor refused
        self._asked: set[Wanted] = set()  # of those, asked for and not answered yet
        self._listed_once = False
        self._listing_failed = False  # logged once per outage
        self.loaded = False

    # -- state

    def ready(self) -> bool:
        """The initial load is in Redis, Redis can be written, and the stream is connected."""
        return self.loaded and self.writer.healthy and self.stream.state == CONNECTED

    def _changed(self, entity_type: str, entity_id: str | None) -> None:
        self.writer.mark(entity_type, entity_id)

    # -- lifecycle

    def run(self) -> None:
        """Serve until `stop()`: connect, list, subscribe, and keep it all current."""
        settings = self.settings
        self.health.start()
        self.logger.info(
            "schematic-replicator: health on http://%s:%d/ready, cache version %s, writing %s under %r",
            settings.health_host,
            self.health.port,
            settings.cache_version,
            _redacted(settings.redis_url),
            settings.prefix,
        )
        self.writer.start()
        self.stream.start()
        next_listing = 0.0
        while not self._stop.is_set():
            try:
                now = time.monotonic()
                if now >= next_listing:
                    listed = self._list()
                    next_listing = now + (settings.relist_interval if listed else LIST_RETRY_DELAY)
                    if listed and self.loaded and settings.cache_ttl is not None:
                        self.writer.mark_all()  # refresh every key's TTL
                    self.writer.check_marker()
                self._ask()
                self._check_loaded()
            except Exception:  # never die silently: log, and carry on with the next round
                self.logger.exception("schematic-replicator: unexpected error; continuing")
            self._wake.wait(min(1.0, max(0.0, next_listing - time.monotonic())))
            self._wake.clear()
        self._shutdown()

    def stop(self) -> None:
        """Ask `run` to finish (safe from a signal handler)."""
        self._stop.set()
        self._wake.set()

    def _shutdown(self) -> None:
        self.logger.info("schematic-replicator: stopping")
        self.stream.close()
        self.writer.stop(SHUTDOWN_FLUSH_TIMEOUT)
        self.health.stop()
        self.api.close()
        self.redis.close()
        self.logger.info("schematic-replicator: stopped")

    # -- listing and subscribing

    def _list(self) -> bool:
        """List every company and user; each not held becomes wanted. False if the API failed."""
        try:
            found = {COMPANY: 0, USER: 0}
            for entity_type, keys in self._listed():
                found[entity_type] += 1
                if isinstance(self.mirror.table(entity_type).find(keys), Entry):
                    continue
                with self._lock:
                    self._wanted.setdefault((entity_type, frozenset(keys.items())), keys)
        except Exception as exc:
            level = logging.DEBUG if self._listing_failed else logging.WARNING
            self.logger.log(
                level, "schematic-replicator: listing companies and users failed (%s); retrying", exc
            )
            self._listing_failed = True
            return False
        if self._listing_failed:
            self.logger.warning("schematic-replicator: listing companies and users works again")
        self._listing_failed = False
        if not self._listed_once:
            self.logger.info(
                "schematic-replicator: listed %d companies and %d users", found[COMPANY], found[USER]
            )
        self._listed_once = True
        return True

    def _listed(self) -> Iterator[tuple[str, dict[str, str]]]:
        """(entity type, keys) of every company and user with keys, page by page."""
        pages: list[tuple[str, Any]] = [
            (COMPANY, self.api.companies.list_companies),
            (USER, self.api.companies.list_users),
        ]
        for entity_type, list_page in pages:
            offset = 0
            while not self._stop.is_set():
                page = list_page(limit=PAGE_SIZE, offset=offset).data
                for entity in page:
                    keys = {key.key: key.value for key in entity.keys}
                    if keys:
                        yield entity_type, keys
                if len(page) < PAGE_SIZE:
                    break
                offset += PAGE_SIZE

    def _ask(self) -> None:
        """Ask the stream for each wanted entity not asked for yet (while it is connected)."""
        with self._lock:
            waiting = [(wanted, keys) for wanted, keys in self._wanted.items() if wanted not in self._asked]
        for wanted, keys in waiting:
            if self.stream.state != CONNECTED:
                return
            with self._lock:
                self._asked.add(wanted)
            if not self.stream.ask(wanted[0], keys, self._answered(wanted, keys)):
                with self._lock:
                    self._asked.discard(wanted)

    def _answered(self, wanted: Wanted, keys: Mapping[str, str]) -> Any:
        """The waiter of one wanted entity: it arrived, was refused (it is gone), or the socket closed."""

        def waiter() -> None:
            arrived = isinstance(self.mirror.table(wanted[0]).find(keys), Entry)
            with self._lock:
                self._asked.discard(wanted)
                if arrived or self.stream.state == CONNECTED:
                    self._wanted.pop(wanted, None)
            self._wake.set()

        return waiter

    def _check_loaded(self) -> None:
        """Become ready once the flag set and every listed entity are written."""
        if self.loaded or not self._listed_once or not self.mirror.flags_loaded:
            return
        with self._lock:
            if self._wanted:
                return
        if not self.writer.synced():
            return
        self.loaded = True
        self.writer.mark_all(loaded=True)  # prune what an earlier run left under this version
        self.logger.info(
            "schematic-replicator: ready: %d flags, %d companies, %d users in Redis",
            len(self.mirror.flag_data),
            len(self.mirror.entities[COMPANY]),
            len(self.mirror.entities[USER]),
        )


def _redacted(url: str) -> str:
    """A Redis URL without its password, for the logs."""
    scheme, sep, rest = url.partition("://")
    if "@" not in rest:
        return url
    return f"{scheme}{sep}***@{rest.split('@', 1)[1]}"
