"""Webhooks and their deliveries ("webhook events"): the tables, their rows and the rules on their fields.

A webhook has a url (absolute ``http``/``https``), the ``WebhookRequestType`` values it wants, a
status (``active``/``inactive``) and a signing secret generated on creation (a seed may set it).
A webhook event is one delivery of one payload to one webhook: ``pending`` until an attempt
succeeds (``success``) or the last attempt fails (``failure``), with the attempt count and the last
response code. Deleting a webhook deletes its events. ``webhook_delivery`` sends them.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from schematic_devserver import store as _store
from schematic_devserver.changes import Change, ChangeFeed

__all__ = [
    "SCHEMA",
    "TABLES",
    "WebhookEventRow",
    "WebhookInputError",
    "WebhookRow",
    "WebhookTable",
    "check_url",
    "new_secret",
]

SCHEMA = """
CREATE TABLE IF NOT EXISTS webhooks (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    request_types TEXT NOT NULL,
    status TEXT NOT NULL,
    secret TEXT NOT NULL,
    credit_trigger_configs TEXT,
    entitlement_trigger_configs TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS webhook_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    webhook_id TEXT NOT NULL,
    request_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    response_code INTEGER,
    attempt_count INTEGER NOT NULL DEFAULT 0,
    sent_at REAL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_events_webhook ON webhook_events (webhook_id, seq);
CREATE INDEX IF NOT EXISTS webhook_events_status ON webhook_events (status);
"""

TABLES = ("webhooks", "webhook_events")
"""The tables ``Store.wipe`` empties."""

_WEBHOOK_COLUMNS = (
    "id, name, url, request_types, status, secret, credit_trigger_configs, entitlement_trigger_configs, "
    "created_at, updated_at"
)
_EVENT_COLUMNS = "id, webhook_id, request_type, payload, status, response_code, attempt_count, sent_at, created_at, updated_at"
_CONFIG_FIELDS = ("credit_trigger_configs", "entitlement_trigger_configs")


class WebhookInputError(ValueError):
    """A webhook field the schema allows but the devserver cannot use; ``str(exc)`` names the field."""


class _Database(Protocol):
    """What the webhook tables need of the Store: its write transaction, locked reads, the feed."""

    changes: ChangeFeed

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...


@dataclass(frozen=True)
class WebhookRow:
    """A stored webhook."""

    id: str
    name: str
    url: str
    request_types: list[str]
    status: str
    secret: str
    credit_trigger_configs: list[dict[str, Any]] | None
    entitlement_trigger_configs: list[dict[str, Any]] | None
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class WebhookEventRow:
    """A stored delivery: ``payload`` is the exact JSON text sent."""

    id: str
    webhook_id: str
    request_type: str
    payload: str
    status: str
    response_code: int | None
    attempt_count: int
    sent_at: float | None
    created_at: float
    updated_at: float


def check_url(url: str, field: str = "url") -> str:
    """The url when it is an absolute http(s) URL with a host; WebhookInputError naming ``field`` otherwise."""
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        parts, port_ok = None, False
    if (
        parts is None
        or not port_ok
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or any(ch.isspace() for ch in url)
    ):
        raise WebhookInputError(
            f"{field}: must be an absolute http:// or https:// URL with a host, got {url!r}"
        )
    return url


def new_secret() -> str:
    """A fresh signing secret."""
    return f"whsec_{secrets.token_hex(24)}"


def _json_or_none(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def _webhook_row(row: Sequence[Any]) -> WebhookRow:
    return WebhookRow(
        row[0],
        row[1],
        row[2],
        json.loads(row[3]),
        row[4],
        row[5],
        None if row[6] is None else json.loads(row[6]),
        None if row[7] is None else json.loads(row[7]),
        row[8],
        row[9],
    )


def _event_row(row: Sequence[Any]) -> WebhookEventRow:
    return WebhookEventRow(*row)


class WebhookTable:
    """The webhooks and webhook events of one Store, with an in-memory index of active subscriptions."""

    def __init__(self, db: _Database) -> None:
        self._db = db
        self._subscribed: dict[str, tuple[WebhookRow, ...]] | None = None
        self._generation = 0  # Bumped by every write, so a rebuild racing a write is not kept.
        db.changes.subscribe(self._on_changes)

    def _invalidate(self) -> None:
        self._generation += 1
        self._subscribed = None

    def _on_changes(self, changes: Sequence[Change]) -> None:
        """A wipe (kind ``all``) empties the tables under the index."""
        if any(change.kind == "all" for change in changes):
            self._invalidate()

    # -- webhooks ----------------------------------------------------------------------------

    def create(
        self,
        *,
        name: str,
        url: str,
        request_types: Sequence[str],
        status: str = "active",
        secret: str | None = None,
        configs: Mapping[str, Any] | None = None,
    ) -> WebhookRow:
        """Store a new webhook (a secret is generated unless given); the url is checked."""
        webhook_id = _store.new_id("wh")
        now = time.time()
        configs = configs or {}
        with self._db.transaction() as conn:
            conn.execute(
                f"INSERT INTO webhooks ({_WEBHOOK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    webhook_id,
                    name,
                    check_url(url),
                    json.dumps(list(dict.fromkeys(request_types))),
                    status,
                    secret or new_secret(),
                    _json_or_none(configs.get("credit_trigger_configs")),
                    _json_or_none(configs.get("entitlement_trigger_configs")),
                    now,
                    now,
                ),
            )
            self._invalidate()
        found = self.get(webhook_id)
        assert found is not None  # Just written.
        return found

    def update(self, webhook_id: str, fields: Mapping[str, Any]) -> WebhookRow | None:
        """Replace the fields given and not null (name, url, request_types, status, secret, configs)."""
        given = {name: value for name, value in fields.items() if value is not None}
        if "url" in given:
            check_url(given["url"])
        if "request_types" in given:
            given["request_types"] = json.dumps(list(dict.fromkeys(given["request_types"])))
        for name in _CONFIG_FIELDS:
            if name in given:
                given[name] = json.dumps(given[name])
        allowed = {"name", "url", "request_types", "status", "secret", *_CONFIG_FIELDS}
        assignments = [(name, value) for name, value in given.items() if name in allowed]
        with self._db.transaction() as conn:
            updated = conn.execute(
                f"UPDATE webhooks SET {''.join(f'{name} = ?, ' for name, _ in assignments)}updated_at = ? "
                "WHERE id = ?",
                (*(value for _, value in assignments), time.time(), webhook_id),
            ).rowcount
            self._invalidate()
        return self.get(webhook_id) if updated else None

    def delete(self, webhook_id: str) -> bool:
        """Delete a webhook and its events; False if it did not exist."""
        with self._db.transaction() as conn:
            deleted = conn.execute("DELETE FROM webhooks WHERE id = ?", (webhook_id,)).rowcount
            conn.execute("DELETE FROM webhook_events WHERE webhook_id = ?", (webhook_id,))
            self._invalidate()
        return bool(deleted)

    def get(self, webhook_id: str) -> WebhookRow | None:
        """One webhook by id."""
        rows = self._db.read(f"SELECT {_WEBHOOK_COLUMNS} FROM webhooks WHERE id = ?", (webhook_id,))
        return _webhook_row(rows[0]) if rows else None

    def by_name(self, name: str) -> WebhookRow | None:
        """The oldest webhook with ``name`` (seeds upsert by name)."""
        rows = self._db.read(
            f"SELECT {_WEBHOOK_COLUMNS} FROM webhooks WHERE name = ? ORDER BY created_at, id LIMIT 1", (name,)
        )
        return _webhook_row(rows[0]) if rows else None

    @staticmethod
    def _webhook_filter(q: str | None) -> tuple[str, list[Any]]:
        if not q:
            return "", []
        return "WHERE (name LIKE ? OR url LIKE ?)", [f"%{q}%", f"%{q}%"]

    def list_webhooks(self, *, q: str | None = None, limit: int = 100, offset: int = 0) -> list[WebhookRow]:
        """Webhooks oldest first; ``q`` matches a substring of the name or url."""
        clause, params = self._webhook_filter(q)
        rows = self._db.read(
            f"SELECT {_WEBHOOK_COLUMNS} FROM webhooks {clause} ORDER BY created_at, id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_webhook_row(row) for row in rows]

    def count_webhooks(self, *, q: str | None = None) -> int:
        """How many webhooks ``list_webhooks`` pages through."""
        clause, params = self._webhook_filter(q)
        return int(self._db.read(f"SELECT COUNT(*) FROM webhooks {clause}", params)[0][0])

    def subscribers(self, request_type: str) -> tuple[WebhookRow, ...]:
        """The active webhooks subscribed to ``request_type`` (from the index; cheap on the writer's thread)."""
        return self._index().get(request_type, ())

    def active_since(self) -> float | None:
        """When the active webhooks were last written (the earliest of them), None without any.

        Each has been active at least since then, so a change committed later was seen by them.
        """
        return min((w.updated_at for hooks in self._index().values() for w in hooks), default=None)

    def _index(self) -> dict[str, tuple[WebhookRow, ...]]:
        index = self._subscribed
        if index is None:
            generation = self._generation
            built: dict[str, list[WebhookRow]] = {}
            rows = self._db.read(
                f"SELECT {_WEBHOOK_COLUMNS} FROM webhooks WHERE status = 'active' ORDER BY created_at, id"
            )
            for webhook in map(_webhook_row, rows):
                for request_type in webhook.request_types:
                    built.setdefault(request_type, []).append(webhook)
            index = {request_type: tuple(hooks) for request_type, hooks in built.items()}
            if generation == self._generation:
                self._subscribed = index
        return index

    # -- webhook events ----------------------------------------------------------------------

    def add_events(self, deliveries: Sequence[tuple[str, str, str]]) -> list[str]:
        """Store pending deliveries of (webhook id, request type, payload text); their ids, in order."""
        now = time.time()
        ids = [_store.new_id("whe") for _ in deliveries]
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO webhook_events (id, webhook_id, request_type, payload, status, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)",
                [(event_id, *delivery, now, now) for event_id, delivery in zip(ids, deliveries, strict=True)],
            )
        return ids

    def record_attempt(self, event_id: str, status: str, response_code: int | None, sent_at: float) -> None:
        """Count one attempt of a delivery and set its status and last response code."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE webhook_events SET status = ?, response_code = ?, attempt_count = attempt_count + 1, "
                "sent_at = ?, updated_at = ? WHERE id = ?",
                (status, response_code, sent_at, time.time(), event_id),
            )

    def fail_event(self, event_id: str) -> None:
        """End a pending delivery as a failure without another attempt (its webhook went inactive)."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE webhook_events SET status = 'failure', updated_at = ? WHERE id = ?",
                (time.time(), event_id),
            )

    def event(self, event_id: str) -> WebhookEventRow | None:
        """One delivery by id."""
        rows = self._db.read(f"SELECT {_EVENT_COLUMNS} FROM webhook_events WHERE id = ?", (event_id,))
        return _event_row(rows[0]) if rows else None

    def pending_event_ids(self) -> list[str]:
        """Deliveries not finished yet, oldest first (resumed when the delivery worker starts)."""
        rows = self._db.read("SELECT id FROM webhook_events WHERE status = 'pending' ORDER BY seq")
        return [str(row[0]) for row in rows]

    @staticmethod
    def _event_filter(
        ids: Sequence[str] | None, q: str | None, webhook_id: str | None
    ) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if ids is not None:
            where.append(f"id IN ({','.join('?' * len(ids))})" if ids else "0")
            params.extend(ids)
        if webhook_id is not None:
            where.append("webhook_id = ?")
            params.append(webhook_id)
        if q:
            where.append("(request_type LIKE ? OR payload LIKE ?)")
            params.extend([f"%{q}%", f"%{q}%"])
        return (f"WHERE {' AND '.join(where)}" if where else ""), params

    def events(
        self,
        *,
        ids: Sequence[str] | None = None,
        q: str | None = None,
        webhook_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[WebhookEventRow]:
        """Deliveries newest first; ``q`` matches a substring of the request type or the payload."""
        clause, params = self._event_filter(ids, q, webhook_id)
        rows = self._db.read(
            f"SELECT {_EVENT_COLUMNS} FROM webhook_events {clause} ORDER BY seq DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_event_row(row) for row in rows]

    def count_events(
        self, *, ids: Sequence[str] | None = None, q: str | None = None, webhook_id: str | None = None
    ) -> int:
        """How many deliveries ``events`` pages through."""
        clause, params = self._event_filter(ids, q, webhook_id)
        return int(self._db.read(f"SELECT COUNT(*) FROM webhook_events {clause}", params)[0][0])
