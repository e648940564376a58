"""SQLite storage of the devserver: companies, users, flags, events and sessions.

One connection in WAL mode (``synchronous=NORMAL``) guarded by a re-entrant lock,
so the server thread and a test thread reading ``srv.store`` never interleave a
transaction. Rows are plain data; ``devserver.render`` turns them into API JSON.

Data access for tests (all thread-safe):
  * ``count_events(event_type=None) -> int``: events stored (duplicates excluded).
  * ``events(event_type=None) -> list[dict]``: stored events (id, type, subtype, body,
    company_id, user_id, quantity, idempotency_key, captured_at), oldest first.
  * ``list_event_bodies(event_type=None) -> list[dict]``: just their bodies.
  * ``distinct_idempotency_keys() -> int``: distinct idempotency keys among stored events.
  * ``mints() -> list[dict]``: every session mint (user_id, anonymous_id, time, expires_at).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schematic_devserver import catalog_tables, definitions, webhooks
from schematic_devserver.changes import Change, ChangeFeed
from schematic_devserver.definitions import Definitions

__all__ = [
    "FLAG_DEFAULTS",
    "IDEMPOTENCY_WINDOW",
    "Conflict",
    "EntityRow",
    "FlagRow",
    "NotFound",
    "Store",
    "new_id",
]

IDEMPOTENCY_WINDOW = 24 * 3600.0
"""Seconds during which a repeated ``idempotency_key`` is accepted but not stored again."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    entity_type TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    traits TEXT NOT NULL DEFAULT '{}',
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    last_seen_at REAL
);
CREATE INDEX IF NOT EXISTS entities_type ON entities (entity_type, created_at);
CREATE TABLE IF NOT EXISTS entity_keys (
    entity_type TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    id TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (entity_type, key, value)
);
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys (entity_id);
CREATE TABLE IF NOT EXISTS memberships (
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    company_id TEXT NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (user_id, company_id)
);
CREATE INDEX IF NOT EXISTS memberships_company ON memberships (company_id);
CREATE TABLE IF NOT EXISTS flags (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    default_value INTEGER NOT NULL,
    flag_type TEXT NOT NULL,
    feature_id TEXT,
    maintainer_account_member_id TEXT,
    rules TEXT NOT NULL DEFAULT '[]',
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    subtype TEXT,
    body TEXT NOT NULL,
    company_id TEXT,
    user_id TEXT,
    quantity INTEGER NOT NULL,
    idempotency_key TEXT,
    captured_at REAL NOT NULL,
    occurred_at REAL NOT NULL,
    sent_at TEXT
);
CREATE TABLE IF NOT EXISTS usage_daily (
    company_id TEXT NOT NULL,
    subtype TEXT NOT NULL,
    day INTEGER NOT NULL,
    total INTEGER NOT NULL,
    first REAL NOT NULL,
    last REAL NOT NULL,
    PRIMARY KEY (company_id, subtype, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS idempotency_keys (
    key TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    seen_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY,
    user_id TEXT,
    anonymous_id TEXT,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
"""

# Track usage per company, event and UTC day, kept with the events so a flag check sums a
# few day rows instead of every event (metric periods all start at a UTC midnight).
_USAGE_UPSERT = (
    "INSERT INTO usage_daily (company_id, subtype, day, total, first, last) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (company_id, subtype, day) DO UPDATE SET total = total + excluded.total, "
    "first = min(first, excluded.first), last = max(last, excluded.last)"
)
_USAGE_REBUILD = (
    "INSERT INTO usage_daily (company_id, subtype, day, total, first, last) "
    "SELECT company_id, subtype, CAST(occurred_at / 86400 AS INTEGER), SUM(quantity), MIN(occurred_at), "
    "MAX(occurred_at) FROM events WHERE type = 'track' AND company_id IS NOT NULL AND subtype IS NOT NULL "
    "GROUP BY 1, 2, 3"
)
_DAY = 86400
_ENTITY_PREFIX = {"company": "comp", "user": "user"}
FLAG_DEFAULTS: Mapping[str, Any] = {"description": "", "default_value": False, "flag_type": "boolean"}
"""A new flag's fields when the request leaves them out."""
_SQL_VARIABLES = 500  # Chunk size for IN (...) lists, well under SQLite's variable limit.


class NotFound(LookupError):
    """The addressed resource does not exist; ``str(exc)`` says which."""


class Conflict(ValueError):
    """The request clashes with stored data (e.g. a flag key already taken)."""


def new_id(prefix: str) -> str:
    """A fresh resource id such as ``comp_18c2f…``: time-ordered, so inserts append to the id index."""
    return f"{prefix}_{time.time_ns():016x}{secrets.token_hex(4)}"


@dataclass(frozen=True)
class EntityRow:
    """A stored company or user with its keys (name -> (value, key id, created_at))."""

    id: str
    entity_type: str
    name: str
    traits: dict[str, Any]
    created_at: float
    updated_at: float
    last_seen_at: float | None
    keys: dict[str, tuple[str, str, float]]


@dataclass(frozen=True)
class FlagRow:
    """A stored flag; ``rules`` is already in the API's RuleDetailResponseData shape."""

    id: str
    key: str
    name: str
    description: str
    default_value: bool
    flag_type: str
    feature_id: str | None
    maintainer_account_member_id: str | None
    rules: list[dict[str, Any]]
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class EventRow:
    """A stored event."""

    id: str
    type: str
    subtype: str | None
    body: dict[str, Any]
    company_id: str | None
    user_id: str | None
    quantity: int
    idempotency_key: str | None
    captured_at: float
    sent_at: str | None


@dataclass(frozen=True)
class NewEvent:
    """An event to store, already resolved to its company/user by the ingestion code."""

    type: str
    subtype: str | None
    body: Mapping[str, Any]
    company_id: str | None
    user_id: str | None
    quantity: int
    idempotency_key: str | None
    occurred_at: float | None
    sent_at: str | None


class Store:
    """Thread-safe SQLite store; every public method is one transaction."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self.changes = ChangeFeed()
        self._pending: list[Change] = []
        self._conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        # Fewer checkpoints (the fsync points under synchronous=NORMAL) and a bigger page cache:
        # ingestion throughput is bound by the pages each commit dirties.
        self._conn.execute("PRAGMA wal_autocheckpoint=10000")
        self._conn.execute("PRAGMA cache_size=-65536")
        self._conn.executescript(_SCHEMA + definitions.SCHEMA + catalog_tables.SCHEMA + webhooks.SCHEMA)
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM usage_daily LIMIT 1").fetchone() is None:
                conn.execute(_USAGE_REBUILD)  # A database written before the table existed.
        self._flags_by_key: dict[str, FlagRow] | None = None
        self.definitions = Definitions(self)
        self.webhooks = webhooks.WebhookTable(self)

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for ``*_tx`` helpers used inside ``transaction()``."""
        return self._conn

    def close(self) -> None:
        """Close the connection (checkpointing the WAL into the main file)."""
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Hold the lock and a write transaction; commit on success, roll back on error.

        Changes recorded with ``changed_tx`` are published to ``changes`` after the commit.
        """
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._pending.clear()
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            committed, self._pending = self._pending, []
            self.changes.publish(committed)

    def changed_tx(self, kind: str, entity_id: str, action: str = "updated") -> None:
        """Record a change inside an open ``transaction()``; it is published once the transaction commits."""
        self._pending.append(Change(kind, entity_id, action))

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run a query under the lock and fetch every row."""
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def wipe(self) -> None:
        """Delete every row of every table (the schema stays)."""
        with self.transaction() as conn:
            self.changed_tx("all", "", "updated")
            for table in (
                "entities",
                "entity_keys",
                "memberships",
                "flags",
                "events",
                "usage_daily",
                "idempotency_keys",
                "sessions",
                "trait_definitions",
                *catalog_tables.TABLES,
                *webhooks.TABLES,
            ):
                conn.execute(f"DELETE FROM {table}")
            self._flags_by_key = None

    # -- companies and users -------------------------------------------------------------

    def entity_id_by_keys_tx(self, entity_type: str, keys: Mapping[str, str]) -> str | None:
        """The entity owning any of ``keys`` (first in the mapping's order), else None; needs the lock."""
        for key, value in keys.items():
            row = self._conn.execute(
                "SELECT entity_id FROM entity_keys WHERE entity_type = ? AND key = ? AND value = ?",
                (entity_type, key, value),
            ).fetchone()
            if row is not None:
                return str(row[0])
        return None

    def _load_entity(self, entity_type: str, entity_id: str) -> EntityRow | None:
        """Read one entity with its keys."""
        row = self._conn.execute(
            "SELECT id, name, traits, created_at, updated_at, last_seen_at FROM entities "
            "WHERE id = ? AND entity_type = ?",
            (entity_id, entity_type),
        ).fetchone()
        if row is None:
            return None
        keys = {
            key: (value, key_id, created)
            for key, value, key_id, created in self._conn.execute(
                "SELECT key, value, id, created_at FROM entity_keys WHERE entity_id = ? ORDER BY created_at, key",
                (entity_id,),
            )
        }
        return EntityRow(row[0], entity_type, row[1], json.loads(row[2]), row[3], row[4], row[5], keys)

    def upsert_entity(
        self,
        entity_type: str,
        keys: Mapping[str, str],
        *,
        name: str | None = None,
        traits: Mapping[str, Any] | None = None,
        entity_id: str | None = None,
        remove_keys: Sequence[str] = (),
        update_only: bool = False,
        prevent_key_remap: bool = False,
        last_seen_at: float | None = None,
    ) -> EntityRow:
        """Create or update the company/user matched by ``entity_id`` or any of ``keys``.

        Keys and traits merge into the existing ones (a null trait deletes it); a key held
        by another entity moves here unless ``prevent_key_remap``. ``update_only`` makes a
        missing entity a NotFound instead of a creation.
        """
        with self.transaction():
            found = self.upsert_entity_tx(
                entity_type,
                keys,
                name=name,
                traits=traits,
                entity_id=entity_id,
                remove_keys=remove_keys,
                update_only=update_only,
                prevent_key_remap=prevent_key_remap,
                last_seen_at=last_seen_at,
            )
            loaded = self._load_entity(entity_type, found)
        assert loaded is not None  # Written in this very transaction.
        return loaded

    def upsert_entity_tx(
        self,
        entity_type: str,
        keys: Mapping[str, str],
        *,
        name: str | None = None,
        traits: Mapping[str, Any] | None = None,
        entity_id: str | None = None,
        remove_keys: Sequence[str] = (),
        update_only: bool = False,
        prevent_key_remap: bool = False,
        last_seen_at: float | None = None,
        now: float | None = None,
    ) -> str:
        """Upsert inside an open ``transaction()`` and return the entity id."""
        conn = self._conn
        now = time.time() if now is None else now
        current: str | None = None
        if entity_id:
            exists = conn.execute(
                "SELECT 1 FROM entities WHERE id = ? AND entity_type = ?", (entity_id, entity_type)
            ).fetchone()
            current = entity_id if exists else None
        if current is None:
            current = self.entity_id_by_keys_tx(entity_type, keys)
        if current is None:
            if update_only:
                raise NotFound(f"{entity_type} not found")
            # A caller-chosen id is kept for a new entity (handy for fixtures and docs examples),
            # unless another entity already has it.
            taken = entity_id and conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone()
            current = entity_id if entity_id and not taken else new_id(_ENTITY_PREFIX[entity_type])
            merged = {k: v for k, v in (traits or {}).items() if v is not None}
            conn.execute(
                "INSERT INTO entities (id, entity_type, name, traits, created_at, updated_at, last_seen_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (current, entity_type, name or "", json.dumps(merged), now, now, last_seen_at),
            )
        else:
            (raw_traits, old_name, old_seen) = conn.execute(
                "SELECT traits, name, last_seen_at FROM entities WHERE id = ?", (current,)
            ).fetchone()
            merged = json.loads(raw_traits)
            for trait, value in (traits or {}).items():
                if value is None:
                    merged.pop(trait, None)
                else:
                    merged[trait] = value
            conn.execute(
                "UPDATE entities SET name = ?, traits = ?, updated_at = ?, last_seen_at = ? WHERE id = ?",
                (
                    old_name if name is None else name,
                    json.dumps(merged),
                    now,
                    old_seen if last_seen_at is None else last_seen_at,
                    current,
                ),
            )
        if traits:
            definitions.ensure_trait_definitions_tx(conn, entity_type, traits, now)
        for key, value in keys.items():
            owner = conn.execute(
                "SELECT entity_id FROM entity_keys WHERE entity_type = ? AND key = ? AND value = ?",
                (entity_type, key, value),
            ).fetchone()
            if owner is not None and (owner[0] == current or prevent_key_remap):
                continue
            # One value per key name: replace this entity's previous value of the key.
            conn.execute("DELETE FROM entity_keys WHERE entity_id = ? AND key = ?", (current, key))
            conn.execute(
                "INSERT OR REPLACE INTO entity_keys (entity_type, key, value, entity_id, id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (entity_type, key, value, current, new_id("ek"), now, now),
            )
        for key in remove_keys:
            conn.execute("DELETE FROM entity_keys WHERE entity_id = ? AND key = ?", (current, key))
        self.changed_tx(entity_type, current)
        return current

    def set_trait(
        self,
        entity_type: str,
        keys: Mapping[str, str],
        trait: str,
        *,
        value: Any = None,
        incr: int | None = None,
        set_value: bool = False,
        update_only: bool = False,
    ) -> EntityRow:
        """Set (``set_value``) or increment one trait of the entity matched by ``keys``.

        A missing entity is created unless ``update_only``; an increment starts from 0
        when the trait is missing or not a number.
        """
        with self.transaction() as conn:
            entity_id = self.entity_id_by_keys_tx(entity_type, keys)
            if entity_id is None:
                entity_id = self.upsert_entity_tx(entity_type, keys, update_only=update_only)
            if incr is not None or set_value:
                (raw,) = conn.execute("SELECT traits FROM entities WHERE id = ?", (entity_id,)).fetchone()
                traits = json.loads(raw)
                if incr is not None:
                    traits[trait] = _as_number(traits.get(trait)) + incr
                elif value is None:
                    traits.pop(trait, None)
                else:
                    traits[trait] = value
                now = time.time()
                conn.execute(
                    "UPDATE entities SET traits = ?, updated_at = ? WHERE id = ?",
                    (json.dumps(traits), now, entity_id),
                )
                definitions.ensure_trait_definitions_tx(conn, entity_type, {trait: traits.get(trait)}, now)
                self.changed_tx(entity_type, entity_id)
            loaded = self._load_entity(entity_type, entity_id)
        assert loaded is not None
        return loaded

    def add_memberships(self, user_id: str, company_ids: Sequence[str]) -> None:
        """Make the user a member of each company (idempotent)."""
        with self.transaction() as conn:
            self.add_memberships_tx(conn, user_id, company_ids, time.time())
            self.changed_tx("user", user_id)

    @staticmethod
    def add_memberships_tx(
        conn: sqlite3.Connection, user_id: str, company_ids: Sequence[str], now: float
    ) -> None:
        """Add memberships inside an open ``transaction()``."""
        conn.executemany(
            "INSERT OR IGNORE INTO memberships (id, user_id, company_id, created_at) VALUES (?, ?, ?, ?)",
            [(new_id("cm"), user_id, company_id, now) for company_id in company_ids],
        )

    def entity(self, entity_type: str, entity_id: str) -> EntityRow | None:
        """One company/user by id."""
        with self._lock:
            return self._load_entity(entity_type, entity_id)

    def entity_by_keys(self, entity_type: str, keys: Mapping[str, str]) -> EntityRow | None:
        """The company/user owning any of ``keys``."""
        with self._lock:
            found = self.entity_id_by_keys_tx(entity_type, keys)
            return self._load_entity(entity_type, found) if found else None

    def existing_entity_ids(self, entity_type: str, ids: Sequence[str]) -> list[str]:
        """Those of ``ids`` that name a stored entity of the type, in the given order."""
        with self._lock:
            known = {
                row[0]
                for row in self._conn.execute(
                    f"SELECT id FROM entities WHERE entity_type = ? AND id IN ({','.join('?' * len(ids))})",
                    (entity_type, *ids),
                )
            }
        return [entity_id for entity_id in ids if entity_id in known]

    @staticmethod
    def _entity_filter(
        entity_type: str, ids: Sequence[str] | None, q: str | None, company_id: str | None
    ) -> tuple[str, list[Any]]:
        """The WHERE clause (on ``entities e``) of the list and count filters, with its parameters."""
        where = ["e.entity_type = ?"]
        params: list[Any] = [entity_type]
        if ids is not None:
            where.append(f"e.id IN ({','.join('?' * len(ids))})")
            params.extend(ids)
        if q:
            where.append(
                "(e.name LIKE ? OR e.id = ? OR EXISTS (SELECT 1 FROM entity_keys k WHERE k.entity_id = e.id AND k.value LIKE ?))"
            )
            params.extend([f"%{q}%", q, f"%{q}%"])
        if company_id is not None:
            where.append("EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = e.id AND m.company_id = ?)")
            params.append(company_id)
        return f"WHERE {' AND '.join(where)}", params

    def list_entities(
        self,
        entity_type: str,
        *,
        ids: Sequence[str] | None = None,
        q: str | None = None,
        company_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[EntityRow]:
        """Entities of a type, oldest first, filtered by ids, a search string and membership."""
        clause, params = self._entity_filter(entity_type, ids, q, company_id)
        sql = f"SELECT e.id FROM entities e {clause} ORDER BY e.created_at, e.id LIMIT ? OFFSET ?"
        with self._lock:
            found = [row[0] for row in self._conn.execute(sql, (*params, limit, offset))]
            return [row for row in (self._load_entity(entity_type, i) for i in found) if row is not None]

    def count_entities(
        self,
        entity_type: str,
        *,
        ids: Sequence[str] | None = None,
        q: str | None = None,
        company_id: str | None = None,
    ) -> int:
        """Number of entities ``list_entities`` would return without paging."""
        clause, params = self._entity_filter(entity_type, ids, q, company_id)
        return int(self.read(f"SELECT COUNT(*) FROM entities e {clause}", params)[0][0])

    def delete_entity(self, entity_type: str, entity_id: str) -> bool:
        """Delete a company/user with its keys and memberships; False if it did not exist."""
        with self.transaction() as conn:
            deleted = conn.execute(
                "DELETE FROM entities WHERE id = ? AND entity_type = ?", (entity_id, entity_type)
            ).rowcount
            if deleted:
                self.changed_tx(entity_type, entity_id, "deleted")
                conn.execute("DELETE FROM entity_keys WHERE entity_id = ?", (entity_id,))
                conn.execute(
                    "DELETE FROM memberships WHERE user_id = ? OR company_id = ?", (entity_id, entity_id)
                )
        return bool(deleted)

    def memberships(self, user_id: str) -> list[tuple[str, str, float]]:
        """A user's memberships as (membership id, company id, created_at)."""
        return [(row[0], row[2], row[3]) for row in self.list_memberships(user_id=user_id, limit=-1)]

    def list_memberships(
        self,
        *,
        company_id: str | None = None,
        user_id: str | None = None,
        membership_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[tuple[str, str, str, float]]:
        """Memberships as (membership id, user id, company id, created_at), oldest first, filtered."""
        where, params = [], []
        for column, value in (("company_id", company_id), ("user_id", user_id), ("id", membership_id)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return [
            (row[0], row[1], row[2], row[3])
            for row in self.read(
                f"SELECT id, user_id, company_id, created_at FROM memberships {clause} "
                "ORDER BY created_at, company_id, user_id LIMIT ? OFFSET ?",
                (*params, limit, offset),
            )
        ]

    def delete_membership(self, membership_id: str) -> bool:
        """Remove a user from a company; False if there was no such membership."""
        with self.transaction() as conn:
            row = conn.execute("SELECT user_id FROM memberships WHERE id = ?", (membership_id,)).fetchone()
            if row is None:
                return False
            conn.execute("DELETE FROM memberships WHERE id = ?", (membership_id,))
            self.changed_tx("user", row[0])
            return True

    def user_count(self, company_id: str) -> int:
        """Number of users who are members of the company."""
        return int(self.read("SELECT COUNT(*) FROM memberships WHERE company_id = ?", (company_id,))[0][0])

    def company_metrics(self, company_id: str) -> list[tuple[str, int, float, float]]:
        """All-time track usage per event subtype: (subtype, sum of quantity, first, last)."""
        return [
            (row[0], int(row[1]), float(row[2]), float(row[3]))
            for row in self.read(
                "SELECT subtype, SUM(total), MIN(first), MAX(last) FROM usage_daily "
                "WHERE company_id = ? GROUP BY subtype ORDER BY subtype",
                (company_id,),
            )
        ]

    def entity_names(self, ids: Sequence[str]) -> dict[str, str]:
        """Names of the stored entities among ``ids``."""
        if not ids:
            return {}
        placeholders = ",".join("?" * len(ids))
        return dict(self.read(f"SELECT id, name FROM entities WHERE id IN ({placeholders})", ids))

    # -- flags ---------------------------------------------------------------------------

    def _flag_cache(self) -> dict[str, FlagRow]:
        """All flags by key, cached until the next flag write (flag checks read this)."""
        with self._lock:
            if self._flags_by_key is None:
                rows = self._conn.execute(
                    "SELECT id, key, name, description, default_value, flag_type, feature_id, "
                    "maintainer_account_member_id, rules, created_at, updated_at FROM flags ORDER BY created_at, key"
                ).fetchall()
                self._flags_by_key = {
                    row[1]: FlagRow(
                        row[0],
                        row[1],
                        row[2],
                        row[3],
                        bool(row[4]),
                        row[5],
                        row[6],
                        row[7],
                        json.loads(row[8]),
                        row[9],
                        row[10],
                    )
                    for row in rows
                }
            return self._flags_by_key

    def flags(self) -> list[FlagRow]:
        """Every flag, oldest first."""
        return list(self._flag_cache().values())

    def flag_by_key(self, key: str) -> FlagRow | None:
        """The flag with ``key``."""
        return self._flag_cache().get(key)

    def flag(self, flag_id: str) -> FlagRow | None:
        """The flag with ``flag_id``."""
        return next((flag for flag in self._flag_cache().values() if flag.id == flag_id), None)

    def save_flag(self, fields: Mapping[str, Any], flag_id: str | None = None) -> FlagRow:
        """Create a flag, or update ``flag_id``'s fields (rules untouched). Conflict on a taken key.

        A field left out keeps its current value on update, and takes FLAG_DEFAULTS on create
        (schematichq sends neither ``default_value`` nor ``flag_type`` unless asked to).
        """
        now = time.time()
        current_exists = flag_id is not None
        if flag_id is None:
            fields = {**FLAG_DEFAULTS, **fields}
        else:
            current = self.flag(flag_id)
            if current is None:
                raise NotFound(f"flag not found: {flag_id}")
            fields = {
                "description": current.description,
                "default_value": current.default_value,
                "flag_type": current.flag_type,
                **fields,
            }
        with self.transaction() as conn:
            taken = conn.execute("SELECT id FROM flags WHERE key = ?", (fields["key"],)).fetchone()
            if taken is not None and taken[0] != flag_id:
                raise Conflict(f"key: a flag with key {fields['key']!r} already exists")
            values = (
                fields["key"],
                fields["name"],
                fields["description"],
                int(bool(fields["default_value"])),
                fields["flag_type"],
                fields.get("feature_id"),
                fields.get("maintainer_account_member_id"),
            )
            if flag_id is None:
                flag_id = new_id("flag")
                conn.execute(
                    "INSERT INTO flags (key, name, description, default_value, flag_type, feature_id, "
                    "maintainer_account_member_id, id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, flag_id, now, now),
                )
            elif not conn.execute(
                "UPDATE flags SET key = ?, name = ?, description = ?, default_value = ?, flag_type = ?, "
                "feature_id = ?, maintainer_account_member_id = ?, updated_at = ? WHERE id = ?",
                (*values, now, flag_id),
            ).rowcount:
                raise NotFound(f"flag not found: {flag_id}")
            self._flags_by_key = None
            self.changed_tx("flag", flag_id, "updated" if current_exists else "created")
        found = self.flag(flag_id)
        assert found is not None
        return found

    def save_rules(self, flag_id: str, rules: list[dict[str, Any]]) -> FlagRow:
        """Replace a flag's rules (already in RuleDetailResponseData shape)."""
        with self.transaction() as conn:
            if not conn.execute(
                "UPDATE flags SET rules = ?, updated_at = ? WHERE id = ?",
                (json.dumps(rules), time.time(), flag_id),
            ).rowcount:
                raise NotFound(f"flag not found: {flag_id}")
            self._flags_by_key = None
            self.changed_tx("flag", flag_id)
        found = self.flag(flag_id)
        assert found is not None
        return found

    def delete_flag(self, flag_id: str) -> bool:
        """Delete a flag; False if it did not exist."""
        with self.transaction() as conn:
            deleted = conn.execute("DELETE FROM flags WHERE id = ?", (flag_id,)).rowcount
            self._flags_by_key = None
            if deleted:
                self.changed_tx("flag", flag_id, "deleted")
        return bool(deleted)

    # -- events --------------------------------------------------------------------------

    def ingest(self, events: Sequence[NewEvent], now: float | None = None) -> tuple[list[str], int]:
        """Store events, skipping an ``idempotency_key`` seen within IDEMPOTENCY_WINDOW.

        Returns (event id per input event — the earlier event's id for a duplicate —,
        number of events actually stored).
        """
        now = time.time() if now is None else now
        with self.transaction() as conn:
            return self.ingest_tx(conn, events, now)

    def seen_idempotency_keys_tx(self, keys: Sequence[Any], now: float) -> dict[str, str]:
        """Of ``keys``, those seen within IDEMPOTENCY_WINDOW, with their event ids; needs the lock."""
        wanted = sorted({key for key in keys if isinstance(key, str) and key})
        seen: dict[str, str] = {}
        for start in range(0, len(wanted), _SQL_VARIABLES):
            chunk = wanted[start : start + _SQL_VARIABLES]
            seen.update(
                (row[0], row[1])
                for row in self._conn.execute(
                    f"SELECT key, event_id FROM idempotency_keys WHERE key IN ({','.join('?' * len(chunk))}) "
                    "AND seen_at > ?",
                    (*chunk, now - IDEMPOTENCY_WINDOW),
                )
            )
        return seen

    def ingest_tx(
        self,
        conn: sqlite3.Connection,
        events: Sequence[NewEvent],
        now: float,
        seen: dict[str, str] | None = None,
    ) -> tuple[list[str], int]:
        """Ingest inside an open ``transaction()`` (see ``ingest``); ``seen`` from seen_idempotency_keys_tx."""
        if seen is None:
            seen = self.seen_idempotency_keys_tx([event.idempotency_key for event in events], now)
        ids: list[str] = []
        rows: list[tuple[Any, ...]] = []
        key_rows: list[tuple[str, str, float]] = []
        for event in events:
            key = event.idempotency_key
            if key and key in seen:
                ids.append(seen[key])
                continue
            event_id = new_id("evt")
            ids.append(event_id)
            rows.append(
                (
                    event_id,
                    event.type,
                    event.subtype,
                    json.dumps(event.body, separators=(",", ":")),
                    event.company_id,
                    event.user_id,
                    event.quantity,
                    key,
                    now,
                    now if event.occurred_at is None else event.occurred_at,
                    event.sent_at,
                )
            )
            if key:
                seen[key] = event_id
                key_rows.append((key, event_id, now))
        usage: dict[tuple[str, str, int], list[float]] = {}
        for row in rows:
            if row[1] == "track" and row[4] is not None and row[2] is not None:
                occurred = row[9]
                bucket = usage.setdefault((row[4], row[2], int(occurred // _DAY)), [0, occurred, occurred])
                bucket[0] += row[6]
                bucket[1] = min(bucket[1], occurred)
                bucket[2] = max(bucket[2], occurred)
        conn.executemany(_USAGE_UPSERT, [(*key, int(v[0]), v[1], v[2]) for key, v in usage.items()])
        for company_id in sorted({key[0] for key in usage}):
            self.changed_tx("company", company_id)
        conn.executemany(
            "INSERT INTO events (id, type, subtype, body, company_id, user_id, quantity, idempotency_key, "
            "captured_at, occurred_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO idempotency_keys (key, event_id, seen_at) VALUES (?, ?, ?)", key_rows
        )
        return ids, len(rows)

    def usage(
        self, company_id: str, event_subtype: str, since: float | None, until: float | None = None
    ) -> int:
        """Sum of ``quantity`` of the company's track events of a subtype, at or after ``since`` (and
        before ``until``)."""
        if until is not None:
            sql = (
                "SELECT COALESCE(SUM(quantity), 0) FROM events WHERE type = 'track' AND company_id = ? "
                "AND subtype = ? AND occurred_at >= ? AND occurred_at < ?"
            )
            return int(self.read(sql, (company_id, event_subtype, since or 0.0, until))[0][0])
        if since is None:
            sql = "SELECT COALESCE(SUM(total), 0) FROM usage_daily WHERE company_id = ? AND subtype = ?"
            return int(self.read(sql, (company_id, event_subtype))[0][0])
        if since % _DAY == 0:
            sql = "SELECT COALESCE(SUM(total), 0) FROM usage_daily WHERE company_id = ? AND subtype = ? AND day >= ?"
            return int(self.read(sql, (company_id, event_subtype, int(since // _DAY)))[0][0])
        sql = (
            "SELECT COALESCE(SUM(quantity), 0) FROM events "
            "WHERE type = 'track' AND company_id = ? AND subtype = ? AND occurred_at >= ?"
        )
        return int(self.read(sql, (company_id, event_subtype, since))[0][0])

    _EVENT_COLUMNS = (
        "id, type, subtype, body, company_id, user_id, quantity, idempotency_key, captured_at, sent_at"
    )

    @staticmethod
    def _event_row(row: Sequence[Any]) -> EventRow:
        return EventRow(
            row[0], row[1], row[2], json.loads(row[3]), row[4], row[5], row[6], row[7], row[8], row[9]
        )

    def event(self, event_id: str) -> EventRow | None:
        """One stored event by id."""
        rows = self.read(f"SELECT {self._EVENT_COLUMNS} FROM events WHERE id = ?", (event_id,))
        return self._event_row(rows[0]) if rows else None

    def list_events(
        self,
        *,
        company_id: str | None = None,
        user_id: str | None = None,
        event_subtype: str | None = None,
        event_types: Sequence[str] | None = None,
        flag_id: str | None = None,
        idempotency_key: str | None = None,
        limit: int = 100,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[EventRow]:
        """Stored events matching every given filter."""
        where: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("company_id", company_id),
            ("user_id", user_id),
            ("subtype", event_subtype),
            ("idempotency_key", idempotency_key),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if event_types:
            where.append(f"type IN ({','.join('?' * len(event_types))})")
            params.extend(event_types)
        if flag_id is not None:
            where.append("json_extract(body, '$.flag_id') = ?")
            params.append(flag_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        order = "DESC" if newest_first else "ASC"
        rows = self.read(
            f"SELECT {self._EVENT_COLUMNS} FROM events {clause} ORDER BY seq {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [self._event_row(row) for row in rows]

    def count_events(self, event_type: str | None = None) -> int:
        """Number of stored events, optionally of one type."""
        if event_type is None:
            return int(self.read("SELECT COUNT(*) FROM events")[0][0])
        return int(self.read("SELECT COUNT(*) FROM events WHERE type = ?", (event_type,))[0][0])

    def events(self, event_type: str | None = None) -> list[dict[str, Any]]:
        """Every stored event (optionally of one type) as a plain dict, oldest first."""
        rows = self.list_events(
            event_types=[event_type] if event_type else None, limit=-1, newest_first=False
        )
        return [
            {
                "id": row.id,
                "type": row.type,
                "subtype": row.subtype,
                "body": row.body,
                "company_id": row.company_id,
                "user_id": row.user_id,
                "quantity": row.quantity,
                "idempotency_key": row.idempotency_key,
                "captured_at": row.captured_at,
            }
            for row in rows
        ]

    def list_event_bodies(self, event_type: str | None = None) -> list[dict[str, Any]]:
        """The bodies of every stored event (optionally of one type), oldest first."""
        return [event["body"] for event in self.events(event_type)]

    def distinct_idempotency_keys(self) -> int:
        """Number of distinct idempotency keys among stored events."""
        return int(
            self.read("SELECT COUNT(DISTINCT idempotency_key) FROM events WHERE idempotency_key IS NOT NULL")[
                0
            ][0]
        )

    # -- sessions ------------------------------------------------------------------------

    def add_session(
        self, token: str, user_id: str | None, anonymous_id: str | None, expires_at: float
    ) -> None:
        """Record a minted session token."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO sessions (token, user_id, anonymous_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                (token, user_id, anonymous_id, time.time(), expires_at),
            )

    def session_expiry(self, token: str) -> float | None:
        """When a session token expires (epoch seconds), None if it was never minted."""
        rows = self.read("SELECT expires_at FROM sessions WHERE token = ?", (token,))
        return float(rows[0][0]) if rows else None

    def mints(self) -> list[dict[str, Any]]:
        """Every session mint, oldest first: user_id, anonymous_id, time and expires_at (epoch seconds)."""
        return [
            {"user_id": row[0], "anonymous_id": row[1], "time": row[2], "expires_at": row[3]}
            for row in self.read(
                "SELECT user_id, anonymous_id, created_at, expires_at FROM sessions ORDER BY created_at, rowid"
            )
        ]


def _as_number(value: Any) -> int | float:
    """A trait's value as a number for incrementing; 0 when missing or not numeric."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            try:
                return float(value)
            except ValueError:
                return 0
    return 0
