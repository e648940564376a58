"""The snapshot: flags by key, companies and users by id with their key lookups, and who is waiting.

Writes (the connection's thread, `track()`) take the lock; checks read without it. Every write replaces
an entity with a new dict and its compiled form, built here once, so a reader always sees a whole
entity and the engine never recompiles one it has seen. Keys are looked up lower-cased, as
schematichq's client does. Companies and users are each bounded (least recently checked dropped first)
and expire `ttl` seconds after the last message about them. Keys the server answered with an error
(no such entity) are remembered as refused for a short while (`refused`), so checks for them go to the
API without asking the stream again each time; a full message for the entity clears that at once.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

from .._rules import Company, Flag, User
from .merge import add_usage, merge_company, merge_user
from .protocol import COMPANY, DELETE, ERROR, FLAG, FLAGS, PARTIAL, USER, Message

__all__ = ["CONFLICT", "EntityTable", "Entry", "Snapshot", "Waiter"]

Waiter = Callable[[], None]
"""Called (on the connection's thread) when what a check waits for arrived, failed, or the socket closed."""

Compiled = TypeVar("Compiled", Company, User)
LookupKey = tuple[str, str]


class _Conflict:
    """The keys of one context name two different entities (the check asks the API instead)."""


CONFLICT = _Conflict()
MAX_SHARED_DEFINITIONS = 10_000  # distinct trait definitions shared between entities
# Fields whose string values come from a small vocabulary shared by every entity: interned, one copy each.
INTERNED_VALUES = frozenset(
    (
        "account_id",
        "environment_id",
        "entity_type",
        "comparable_type",
        "event_subtype",
        "event_name",
        "period",
        "metric_period",
        "month_reset",
        "value_type",
        "rule_type",
        "condition_type",
        "operator",
        "flag_id",
        "feature_id",
        "feature_key",
        "credit_id",
    )
)
MAX_REFUSED_SECONDS = 5.0  # a refusal is remembered for the snapshot's TTL, at most this long


class Entry(Generic[Compiled]):
    """One company or user: the streamed dict, its compiled form, and when it expires (monotonic)."""

    __slots__ = ("compiled", "data", "expires", "lookups")

    def __init__(self, data: dict[str, Any], compiled: Compiled, expires: float) -> None:
        self.data = data
        self.compiled: Compiled = compiled
        self.expires = expires
        keys = data.get("keys")
        self.lookups: tuple[LookupKey, ...] = (
            tuple((sys.intern(str(k).lower()), _lowered(str(v))) for k, v in keys.items())
            if isinstance(keys, Mapping)
            else ()
        )


def _lowered(value: str) -> str:
    """`value` lower-cased, the same object when it already is (most keys are): one copy per entity."""
    lowered = value.lower()
    return value if lowered == value else lowered


def _compact(value: Any) -> Any:
    """`value` (parsed JSON) rebuilt with interned field names, and interned values of `INTERNED_VALUES`:
    each parsed frame brings its own copy of every name, which entities would otherwise each keep."""
    if isinstance(value, dict):
        compacted = {}
        for name, item in value.items():  # JSON names are strings
            if type(item) is str:
                if name in INTERNED_VALUES:
                    item = sys.intern(item)
            elif isinstance(item, (dict, list)):
                item = _compact(item)
            compacted[sys.intern(name)] = item
        return compacted
    if isinstance(value, list):
        return [_compact(item) if isinstance(item, (dict, list)) else item for item in value]
    return value


def lookups(keys: Mapping[str, str]) -> list[LookupKey]:
    """The lookup keys of a context, lower-cased."""
    return [(name.lower(), value.lower()) for name, value in keys.items()]


class EntityTable(Generic[Compiled]):
    """Companies or users by id, found by any of their keys; bounded, least recently used dropped first."""

    def __init__(self, build: Callable[[Mapping[str, Any]], Compiled], max_entries: int, ttl: float) -> None:
        self._build: Callable[[Mapping[str, Any]], Compiled] = build
        self._max = max_entries
        self._ttl = ttl
        self._entries: OrderedDict[str, Entry[Compiled]] = OrderedDict()
        self._ids: dict[LookupKey, str] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def find(self, keys: Mapping[str, str]) -> Entry[Compiled] | _Conflict | None:
        """The fresh entity these keys name (lock-free), `CONFLICT`, or None."""
        found = None
        ids = self._ids
        for name, value in keys.items():
            entity_id = ids.get((name.lower(), value.lower()))
            if entity_id is None:
                continue
            if found is None:
                found = entity_id
            elif found != entity_id:
                return CONFLICT
        if found is None:
            return None
        entry = self._entries.get(found)
        if entry is None or entry.expires < time.monotonic():
            return None
        try:  # noqa: SIM105 - cheaper than contextlib.suppress on the check's path
            self._entries.move_to_end(found)
        except KeyError:  # dropped by the writer since the lookup above
            pass
        return entry

    def get(self, entity_id: str) -> Entry[Compiled] | None:
        return self._entries.get(entity_id)

    def put(self, data: dict[str, Any]) -> list[Entry[Compiled]]:
        """Store `data` (replacing the entity with its id); returns the entries dropped to stay bounded."""
        entity_id: str = data["id"]
        entry = Entry(data, self._build(data), time.monotonic() + self._ttl)
        old = self._entries.pop(entity_id, None)
        if old is not None:
            self._forget(old, keep=entry.lookups)
        self._entries[entity_id] = entry
        for lookup in entry.lookups:
            self._ids[lookup] = entity_id
        dropped = []
        while len(self._entries) > self._max:
            _, evicted = self._entries.popitem(last=False)
            self._forget(evicted)
            dropped.append(evicted)
        return dropped

    def delete(self, entity_id: str | None, keys: Any) -> None:
        """Drop the entity and every key lookup naming it (the message's keys too)."""
        if entity_id is None and isinstance(keys, Mapping):
            entity_id = next((self._ids[k] for k in lookups(keys) if k in self._ids), None)
        if entity_id is None:
            return
        old = self._entries.pop(entity_id, None)
        if old is not None:
            self._forget(old)
        if isinstance(keys, Mapping):
            for lookup in lookups(keys):
                if self._ids.get(lookup) == entity_id:
                    del self._ids[lookup]

    def _forget(self, entry: Entry[Compiled], keep: Iterable[LookupKey] = ()) -> None:
        kept = set(keep)
        entity_id = entry.data["id"]
        for lookup in entry.lookups:
            if lookup not in kept and self._ids.get(lookup) == entity_id:
                del self._ids[lookup]

    def all_keys(self) -> list[dict[str, str]]:
        """The keys of every entity held, to ask for each again after a reconnect."""
        return [dict(entry.data["keys"]) for entry in list(self._entries.values()) if entry.lookups]


def _company(data: Mapping[str, Any]) -> Company:
    return Company(data)


def _user(data: Mapping[str, Any]) -> User:
    return User(data)


class Snapshot:
    """Everything the stream has sent, applied message by message; thread-safe (see the module doc)."""

    keeps_json = False
    """Whether entities' data stays the JSON streamed (the replicator's mirror writes it to Redis); if not,
    each one's trait list is replaced by its compiled traits (`CompiledTraits`), so a trait is held once."""

    def __init__(self, max_entities: int, ttl: float) -> None:
        self.lock = threading.Lock()
        self.flags: dict[str, Flag] = {}
        self.flags_loaded = False
        self.companies: EntityTable[Company] = EntityTable(_company, max_entities, ttl)
        self.users: EntityTable[User] = EntityTable(_user, max_entities, ttl)
        self._definitions: dict[tuple[tuple[str, Any], ...], dict[str, Any]] = {}
        self._waiters: dict[tuple[str, LookupKey | None], list[Waiter]] = {}
        self._asked: dict[tuple[str, LookupKey | None], dict[str, str]] = {}  # the keys each slot waits for
        self._refused: OrderedDict[tuple[str, LookupKey], float] = OrderedDict()  # -> when it lapses
        self._refused_ttl = min(ttl, MAX_REFUSED_SECONDS)
        self._max_refused = max_entities

    def reset_lock(self) -> None:
        """A fresh lock and no waiters: in a forked child, where the parent's threads are gone."""
        self.lock = threading.Lock()
        self._waiters = {}
        self._asked = {}

    def table(self, entity_type: str) -> EntityTable[Any]:
        return self.companies if entity_type == COMPANY else self.users

    def refused(self, entity_type: str, keys: Mapping[str, str]) -> bool:
        """True while the server's last answer for every one of these keys was an error (lock-free): the
        check asks the API rather than the stream, which would only refuse again."""
        refused = self._refused
        if not refused or not keys:
            return False
        now = time.monotonic()
        for name, value in keys.items():
            lapses = refused.get((entity_type, (name.lower(), value.lower())))
            if lapses is None or lapses < now:
                return False
        return True

    def _refuse(self, entity_type: str, slots: Iterable[LookupKey]) -> None:
        """Remember the server's refusal of these keys for a while, the oldest dropped past the bound."""
        refused = self._refused
        lapses = time.monotonic() + self._refused_ttl
        for slot in slots:
            refused[(entity_type, slot)] = lapses
            refused.move_to_end((entity_type, slot))
        while len(refused) > self._max_refused:
            refused.popitem(last=False)

    # -- waiting for what a check needs

    def wait_for(self, entity_type: str, keys: Mapping[str, str] | None, waiter: Waiter) -> bool:
        """Call `waiter` when the entity (or, for FLAGS, the flag set) arrives; True if nobody was waiting
        for it yet, so the caller asks the server."""
        slots = [None] if keys is None else lookups(keys)
        with self.lock:
            first = not any((entity_type, slot) in self._waiters for slot in slots)
            for slot in slots:
                self._waiters.setdefault((entity_type, slot), []).append(waiter)
                if keys is not None:
                    self._asked[(entity_type, slot)] = dict(keys)
        return first

    def cancel(self, entity_type: str, keys: Mapping[str, str] | None, waiter: Waiter) -> None:
        """Stop waiting (a check gave up)."""
        with self.lock:
            for slot in [None] if keys is None else lookups(keys):
                waiting = self._waiters.get((entity_type, slot))
                if waiting is not None and waiter in waiting:
                    waiting.remove(waiter)
                    if not waiting:
                        del self._waiters[(entity_type, slot)]
                        self._asked.pop((entity_type, slot), None)

    def _take_waiters(self, entity_type: str, slots: Iterable[LookupKey | None]) -> list[Waiter]:
        woken: list[Waiter] = []
        for slot in slots:
            woken.extend(self._waiters.pop((entity_type, slot), ()))
            self._asked.pop((entity_type, slot), None)
        return woken

    def take_all_waiters(self) -> list[Waiter]:
        """Every waiter (the socket closed: they ask the API instead)."""
        with self.lock:
            woken = [w for waiting in self._waiters.values() for w in waiting]
            self._waiters.clear()
            self._asked.clear()
        return woken

    # -- applying messages

    def apply(self, message: Message) -> tuple[list[Waiter], list[tuple[str, dict[str, str]]]]:
        """Apply one message; returns the waiters to wake and the (entity type, keys) dropped to stay
        bounded (the connection unsubscribes from those)."""
        entity_type, kind, data = message.entity_type, message.message_type, message.data
        dropped: list[tuple[str, dict[str, str]]] = []
        with self.lock:
            if kind == ERROR:
                return self._apply_error(data), dropped
            if entity_type == FLAGS:
                self.flags = {flag["key"].lower(): Flag(flag) for flag in data}
                self.flags_loaded = True
                return self._take_waiters(FLAGS, [None]), dropped
            if entity_type == FLAG:
                if kind == DELETE:
                    self.flags.pop(data["key"].lower(), None)
                else:
                    self.flags[data["key"].lower()] = Flag(data)
                return [], dropped
            table = self.table(entity_type)
            if kind != DELETE:
                data = self._shared_definitions(data)  # the message's own, freshly parsed dicts
            if kind == DELETE:
                table.delete(data.get("id"), data.get("keys"))
                return [], dropped
            if kind == PARTIAL:
                old = table.get(message.entity_id or "")
                if old is None:
                    return [], dropped  # not held: nothing to merge into (its next full message will do)
                merge = merge_company if entity_type == COMPANY else merge_user
                data = {**merge(old.data, data), "id": old.data["id"]}
            evicted = table.put(data)
            dropped = [(entity_type, e.data["keys"]) for e in evicted if e.lookups]
            entry = table.get(data["id"])
            if entry is not None and not self.keeps_json:
                entry.data["traits"] = entry.compiled.traits  # a dict of this message's (or merge's) own
            slots = entry.lookups if entry is not None else ()
            if self._refused:
                for slot in slots:
                    self._refused.pop((entity_type, slot), None)
            return self._take_waiters(entity_type, slots), dropped

    def _shared_definitions(self, data: dict[str, Any]) -> dict[str, Any]:
        """`data` (a message's parsed entity) compacted (`_compact`), each trait's definition replaced by one
        shared copy: entities carry the same few definitions, and a dict of them per trait would be most
        of a snapshot's memory."""
        data = _compact(data)
        traits = data.get("traits")
        if not isinstance(traits, list):
            return data
        shared = self._definitions
        for trait in traits:
            definition = trait.get("trait_definition") if isinstance(trait, dict) else None
            if not isinstance(definition, dict):
                continue
            try:
                identity = tuple(definition.items())
                known = shared.get(identity)
            except TypeError:  # a value that cannot be hashed: keep this one as it is
                continue
            if known is None:
                if len(shared) >= MAX_SHARED_DEFINITIONS:
                    shared.clear()
                known = shared[identity] = definition
            trait["trait_definition"] = known
        return data

    def _apply_error(self, data: Mapping[str, Any]) -> list[Waiter]:
        """An error about an entity asked for (e.g. it does not exist): drop it, wake who waits for it."""
        keys, entity_type = data.get("keys"), data.get("entity_type")
        if entity_type not in (COMPANY, USER) or not isinstance(keys, Mapping):
            return []
        try:
            slots = lookups(keys)
        except AttributeError:  # keys that are not strings
            return []
        self.table(entity_type).delete(None, keys)
        self._refuse(entity_type, slots)
        return self._take_waiters(entity_type, slots)

    def add_usage(self, keys: Mapping[str, str], event: str, quantity: int) -> bool:
        """`track()`: add `quantity` to the held company's metrics of subtype `event`; True if one changed."""
        with self.lock:
            entry = self.companies.find(keys)
            if not isinstance(entry, Entry):
                return False
            bumped = add_usage(entry.data, event, quantity)
            if bumped is None:
                return False
            self.companies.put(bumped)
            return True

    def resync_requests(self) -> list[tuple[str, dict[str, str]]]:
        """(entity type, keys) of every company and user held, and of each one a check waits for: asked
        for when a connection opens, so what changed while there was none replaces the snapshot."""
        with self.lock:
            requests = [(COMPANY, k) for k in self.companies.all_keys()]
            requests += [(USER, k) for k in self.users.all_keys()]
            waited = {(t, tuple(sorted(keys.items()))): (t, keys) for (t, _), keys in self._asked.items()}
        return requests + list(waited.values())
