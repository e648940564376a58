"""Converging Redis to the replicator's snapshot, on a thread of its own.

The datastream's thread only marks what changed (`mark`); this thread writes the current state of each
marked flag, company or user in one pipeline, followed by a `Notice` per change on the layout's
channel. The snapshot is the source of truth, so a failed pipeline loses nothing: its marks are put
back, the failure is logged once per outage, and the thread retries with backoff. After an outage (or
when the marker key is gone, as after a Redis restart) everything is rewritten and keys this process
did not write are pruned, so Redis ends up whole either way.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import TYPE_CHECKING, Any

from .._datastream.protocol import COMPANY, FLAG, FLAGS, USER
from .._datastream.store import lookups
from .keys import KeyLayout, Notice

if TYPE_CHECKING:
    import redis

    from .mirror import MirroredSnapshot

__all__ = ["RedisWriter"]

Ref = tuple[str, "str | None"]
MIN_RETRY_DELAY = 0.2
MAX_RETRY_DELAY = 5.0
SCAN_COUNT = 500


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


class RedisWriter:
    """Writes what `mark` names (or, after `mark_all`, everything) from `mirror` into Redis."""

    def __init__(
        self,
        client: redis.Redis,
        layout: KeyLayout,
        mirror: MirroredSnapshot,
        *,
        ttl_ms: int | None,
        logger: logging.Logger,
    ) -> None:
        self.client = client
        self.layout = layout
        self.mirror = mirror
        self.ttl_ms = ttl_ms
        self.logger = logger
        self._cond = threading.Condition()
        self._dirty: set[Ref] = set()
        self._full = False
        self._loaded = False  # the initial load is in: a full pass may prune what an earlier run left
        self._prune = False  # the next full pass (once loaded) prunes: after the load, an outage or a flush
        self._busy = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.healthy = False  # the last pass reached Redis
        self.outage: str | None = None  # why Redis cannot be written, while it lasts
        # Lookup keys written, with the id each names, so a lookup is deleted only by the entity owning it.
        self._owners: dict[str, str] = {}
        self._written_lookups: dict[tuple[str, str], set[str]] = {}

    # -- marking

    def mark(self, entity_type: str, entity_id: str | None) -> None:
        """Write this flag, company or user (or, with FLAGS, the whole flag set) soon."""
        with self._cond:
            self._dirty.add((entity_type, entity_id))
            self._cond.notify()

    def mark_all(self, *, prune: bool = False, loaded: bool = False) -> None:
        """Rewrite everything: to refresh TTLs, or (`prune`) after a Redis outage or restart, when keys
        of this version that nothing held accounts for are deleted too, once the initial load is in
        (`loaded`, which prunes what an earlier run left)."""
        with self._cond:
            self._full = True
            self._loaded = self._loaded or loaded
            self._prune = self._prune or prune or loaded
            self._cond.notify()

    def synced(self) -> bool:
        """Whether Redis holds everything marked so far (and the last pass reached it)."""
        with self._cond:
            return self.healthy and not self._dirty and not self._full and not self._busy

    def check_marker(self) -> None:
        """Probe Redis between changes: if the marker key is gone (Redis was flushed or restarted empty)
        or Redis does not answer, rewrite everything (the writer's thread then reports any outage)."""
        if not self.mirror.flags_loaded or not self.synced():
            return
        try:
            present = self.client.exists(self.layout.marker())
        except Exception as exc:
            self.logger.debug("schematic-replicator: marker check failed: %s", exc)
            self.mark_all(prune=True)
            return
        if not present:
            self.logger.warning("schematic-replicator: Redis lost the replicated keys; rewriting everything")
            self.mark_all(prune=True)

    # -- lifecycle

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="schematic-replicator-writer", daemon=True)
        self._thread.start()

    def stop(self, timeout: float) -> None:
        """Finish what is marked (for at most `timeout` seconds while Redis answers), then stop."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout)

    # -- the writer's thread

    def _run(self) -> None:
        """The thread: `_loop` until stopped; an unexpected error is logged and the loop started again
        (with everything marked, since what the failed pass wrote is unknown)."""
        while True:
            try:
                self._loop()
                return
            except Exception:
                self.logger.exception(
                    "schematic-replicator: the Redis writer failed unexpectedly; restarting it"
                )
                with self._cond:
                    self._busy = False
                    self.healthy = False
                self.mark_all(prune=True)

    def _loop(self) -> None:
        delay = MIN_RETRY_DELAY
        while True:
            with self._cond:
                while not (self._dirty or self._full or self._stopping):
                    self._cond.wait()
                if not (self._dirty or self._full):
                    return  # stopping, with nothing left to write
                refs, full, prune = self._dirty, self._full, self._full and self._prune and self._loaded
                self._dirty, self._full, self._busy = set(), False, True
                self._prune = self._prune and not prune
            try:
                self._write(refs, full, prune)
            except Exception as exc:  # Redis down or failing: keep the marks, log once, retry
                with self._cond:
                    self._dirty |= refs
                    self._full = self._prune = True  # what it holds after the outage is unknown
                    self._busy = False
                    self.healthy = False
                    stopping = self._stopping
                self._outage(f"{type(exc).__name__}: {exc}")
                if stopping:
                    return
                with self._cond:
                    self._cond.wait_for(lambda: self._stopping, delay)
                delay = min(delay * 2, MAX_RETRY_DELAY)
                continue
            delay = MIN_RETRY_DELAY
            with self._cond:
                self._busy = False
                self.healthy = True
            if self.outage is not None:
                self.logger.warning("schematic-replicator: Redis is writable again")
                self.outage = None

    def _outage(self, reason: str) -> None:
        if self.outage is None:
            self.logger.error(
                "schematic-replicator: cannot write to Redis (%s); retrying with backoff", reason
            )
        else:
            self.logger.debug("schematic-replicator: Redis still failing (%s)", reason)
        self.outage = reason

    def _write(self, marked: set[Ref], full: bool, prune: bool) -> None:
        """One pipeline: the current state of each marked ref (or of everything), then a notice for each
        marked ref (and for the flag set after a full pass)."""
        mirror, layout = self.mirror, self.layout
        refs = self._everything() | marked if full else marked
        pipe = self.client.pipeline(transaction=False)
        stale = self._stale_entity_keys() if full and prune else []
        if stale:
            pipe.delete(*stale)
        flag_set = (FLAGS, None) in refs
        if flag_set:
            self._write_flag_set(pipe)
        for entity_type, entity_id in sorted(refs, key=lambda ref: (ref[0], ref[1] or "")):
            if entity_id is None:
                continue
            if entity_type == FLAG:
                if not flag_set:
                    data = mirror.flag_data.get(entity_id)
                    if data is None:
                        pipe.delete(layout.flag(entity_id))
                    else:
                        self._set(pipe, layout.flag(entity_id), _dumps(data))
            else:
                self._write_entity(pipe, entity_type, entity_id)
        if mirror.flags_loaded:
            self._set(pipe, layout.marker(), _dumps({"cache_version": layout.version}))
        notices = {Notice(layout.version, entity_type, entity_id) for entity_type, entity_id in marked}
        if full and mirror.flags_loaded:
            notices.add(Notice(layout.version, FLAGS))
        for notice in sorted(notices, key=lambda n: (n.entity_type, n.id or "")):
            pipe.publish(layout.channel(), notice.encode())
        pipe.execute()

    def _everything(self) -> set[Ref]:
        refs: set[Ref] = {(FLAGS, None)} if self.mirror.flags_loaded else set()
        for entity_type in (COMPANY, USER):
            refs.update((entity_type, entity_id) for entity_id in list(self.mirror.entities[entity_type]))
        return refs

    def _stale_entity_keys(self) -> list[str]:
        """Company and user keys of this version that nothing held accounts for (an earlier run's, or
        of entities deleted while Redis was unreachable); flags are pruned with each flag set."""
        layout, mirror = self.layout, self.mirror
        wanted: set[str] = set()
        for entity_type in (COMPANY, USER):
            for entity_id, data in list(mirror.entities[entity_type].items()):
                wanted.add(layout.entity(entity_type, entity_id))
                wanted.update(layout.lookup(entity_type, k, v) for k, v in self._lookups(data))
        stale: list[str] = []
        for pattern in (layout.entity_pattern(COMPANY), layout.entity_pattern(USER)):
            for raw in self.client.scan_iter(match=pattern, count=SCAN_COUNT):
                key = raw.decode() if isinstance(raw, bytes) else str(raw)
                if key not in wanted:
                    stale.append(key)
        for key in stale:
            self._owners.pop(key, None)
        return stale

    def _write_flag_set(self, pipe: Any) -> None:
        """Every held flag, and a delete for each flag key of this version no longer in the set."""
        layout = self.layout
        flags = dict(self.mirror.flag_data)
        wanted = {layout.flag(key) for key in flags}
        gone = [
            key
            for key in (
                raw.decode() if isinstance(raw, bytes) else str(raw)
                for raw in self.client.scan_iter(match=layout.flag_pattern(), count=SCAN_COUNT)
            )
            if key not in wanted
        ]
        if gone:
            pipe.delete(*gone)
        for key, data in flags.items():
            self._set(pipe, layout.flag(key), _dumps(data))

    @staticmethod
    def _lookups(data: dict[str, Any]) -> list[tuple[str, str]]:
        keys = data.get("keys")
        return lookups(keys) if isinstance(keys, dict) else []

    def _write_entity(self, pipe: Any, entity_type: str, entity_id: str) -> None:
        """The entity and its lookups, or (gone) their deletion; stale lookups it owned are deleted."""
        layout = self.layout
        data = self.mirror.entities[entity_type].get(entity_id)
        written = self._written_lookups.pop((entity_type, entity_id), set())
        current: set[str] = set()
        if data is None:
            pipe.delete(layout.entity(entity_type, entity_id))
        else:
            self._set(pipe, layout.entity(entity_type, entity_id), _dumps(data))
            encoded_id = _dumps(entity_id)
            for name, value in self._lookups(data):
                key = layout.lookup(entity_type, name, value)
                self._set(pipe, key, encoded_id)
                self._owners[key] = entity_id
                current.add(key)
            self._written_lookups[(entity_type, entity_id)] = current
        for key in written - current:
            if self._owners.get(key) == entity_id:
                pipe.delete(key)
                del self._owners[key]

    def _set(self, pipe: Any, key: str, value: str) -> None:
        if self.ttl_ms is None:
            pipe.set(key, value)
        else:
            pipe.psetex(key, self.ttl_ms, value)
