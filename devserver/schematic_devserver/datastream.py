"""The datastream: ``/datastream``, a WebSocket streaming what a local rules engine needs.

A connection authenticates with the secret key at the handshake, then asks with ``start`` frames
for the flag set (``rulesengine.Flags``) and for companies and users by key, each answered with a
``full`` message and subscribed to. The store's change feed marks what changed; the hub pushes at
once after a quiet ``TICK`` and at most once per ``TICK`` under a burst, rebuilding each marked
entity's view once (``engine_view``) and sending it to the connections subscribed to it whose last
copy differs: ``rulesengine.Flag`` / ``rulesengine.Company`` / ``rulesengine.User`` ``full`` (a
company or user the connection holds as a ``partial`` of what changed, where one can say it:
``datastream_partial``), or ``delete`` (carrying the last copy sent) once it is gone. So a lone rule
change reaches clients in milliseconds, a burst of writes (a thousand track events for one company)
costs one push per tick, and a write nobody subscribed to costs a set insertion. A company is also
pushed when time alone changes its view: a metric period resets, an override or a grant expires
(``DueTimes``).

Threads: the change feed calls ``_on_changes`` on the writer's thread, which only records ids and
hands a flush to the event loop with ``call_soon_threadsafe``; everything else runs on the loop.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from schematic_devserver.auth import Authenticator, AuthError
from schematic_devserver.changes import Change
from schematic_devserver.datastream_messages import (
    COMPANY,
    DELETE,
    FLAG,
    FLAGS,
    FULL,
    PARTIAL,
    STOP,
    USER,
    FrameInvalid,
    Request,
    encode_raw,
    error_frame,
    parse_request,
)
from schematic_devserver.datastream_partial import partial_of
from schematic_devserver.due_times import DueTimes
from schematic_devserver.engine_view import (
    flag_view,
    flags_view,
    timed_company_view,
    timed_company_view_by_keys,
    user_view,
    user_view_by_keys,
)
from schematic_devserver.spec import SchemaConverter, Spec
from schematic_devserver.store import Store
from schematic_devserver.validation import first_error

__all__ = ["DATASTREAM_PATH", "TICK", "DatastreamHub", "refuse_handshake"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

DATASTREAM_PATH = "/datastream"
TICK = 0.05
"""Least seconds between two pushes: a change after a quiet tick is pushed at once, and the changes
that follow it within the tick coalesce into the next push."""
OUTBOX_LIMIT = 10_000
"""Frames queued for one connection before it is cut as too slow (it reconnects and starts afresh)."""
CLOSE_RESTART = 1012
_ENTITY_KINDS = {COMPANY: "company", USER: "user"}
_VIEW_SCHEMAS = {FLAG: "RulesengineFlag", COMPANY: "RulesengineCompany", USER: "RulesengineUser"}
_LOG = logging.getLogger("devserver.datastream")

_Sent = tuple[str, dict[str, Any]]
"""What a connection was last sent of one entity: its fingerprint (see ``_fingerprint``) and the data."""


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _fingerprint(text: str, view: Mapping[str, Any]) -> str:
    """What tells a stale copy from a current one: the view's text less each metric's ``created_at``
    (the moment the view was built, which changes on every rebuild without the data changing)."""
    metrics = view.get("metrics")
    if not metrics:
        return text
    return _dumps({**view, "metrics": [{k: v for k, v in m.items() if k != "created_at"} for m in metrics]})


async def refuse_handshake(
    scope: Scope, send: Send, status: int, payload: Any, headers: Sequence[tuple[str, str]] = ()
) -> None:
    """Refuse a WebSocket handshake with an HTTP status and JSON body (a plain 403 where the server cannot)."""
    if "websocket.http.response" not in (scope.get("extensions") or {}):
        await send({"type": "websocket.close", "code": 1008})
        return
    body = _dumps(payload).encode()
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw_headers.extend((name.lower().encode(), value.encode("latin-1")) for name, value in headers)
    await send({"type": "websocket.http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "websocket.http.response.body", "body": body})
    # uvicorn closes the socket after the body but only marks the handshake done once it notices the
    # close; returning before that makes it log "returned without completing handshake" at ERROR.
    protocol = getattr(send, "__self__", None)
    for _ in range(10):
        if getattr(protocol, "disconnected", True):
            return
        await asyncio.sleep(0)


@dataclass
class _Connection:
    """One accepted socket: its outbox (frames, or a close code) and the copies it holds."""

    number: int
    outbox: asyncio.Queue[str | int] = field(default_factory=asyncio.Queue)
    flags: dict[str, _Sent] | None = None
    """Flag id -> copy, once the connection started ``rulesengine.Flags``."""
    companies: dict[str, _Sent] = field(default_factory=dict)
    users: dict[str, _Sent] = field(default_factory=dict)
    closing: bool = False
    abort: Callable[[], None] | None = None
    """Cuts the socket (the transport's ``abort``) where the server exposes it."""

    def entities(self, entity_type: str) -> dict[str, _Sent]:
        """The subscribed companies or users."""
        return self.companies if entity_type == COMPANY else self.users


@dataclass
class _Pending:
    """What changed since the last push."""

    flags: set[str] = field(default_factory=set)
    companies: set[str] = field(default_factory=set)
    users: set[str] = field(default_factory=set)
    everything: bool = False

    def note(self, change: Change) -> None:
        """Mark what one change can affect."""
        if change.kind == "company":
            self.companies.add(change.entity_id)
        elif change.kind == "user":
            self.users.add(change.entity_id)
        elif change.kind == "flag":
            self.flags.add(change.entity_id)
        else:  # a wipe or seed, plans, features, entitlements, overrides, credits, trait definitions
            self.everything = True


@dataclass(frozen=True)
class _Update:
    """One entity's new state, encoded once for every connection: ``text`` is None when it is gone.
    `partials` holds the ``partial`` text (None: send ``full``) per copy a connection holds."""

    entity_type: str
    entity_id: str
    text: str | None
    view: dict[str, Any] | None
    fingerprint: str = ""
    partials: dict[str, str | None] = field(default_factory=dict, compare=False)

    def partial_from(self, previous: _Sent) -> str | None:
        """The ``partial`` data text that brings a connection's `previous` copy to this state, or None."""
        fingerprint, old = previous
        if fingerprint not in self.partials:
            partial = None
            if self.entity_type != FLAG and self.view is not None:
                partial = partial_of(self.entity_type == COMPANY, old, self.view)
            self.partials[fingerprint] = None if partial is None else _dumps(partial)
        return self.partials[fingerprint]


class DatastreamHub:
    """Every datastream connection of one server, their subscriptions, and the pushes the change feed drives."""

    def __init__(
        self,
        *,
        store: Store,
        auth: Authenticator,
        spec: Spec,
        on_bug: Callable[[str], None],
        validate: bool = True,
    ) -> None:
        self._store = store
        self._auth = auth
        self._spec = spec
        self._on_bug = on_bug
        self._validate = validate
        self.outbox_limit = OUTBOX_LIMIT
        """Frames queued for one connection before it is cut (see ``OUTBOX_LIMIT``)."""
        self._validators: dict[str, jsonschema_rs.Validator] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._connections: dict[int, _Connection] = {}
        self._numbers = iter(range(1, 2**62))
        self._lock = threading.Lock()
        self._pending = _Pending()
        self._flush_scheduled = False
        self._flush_handle: asyncio.TimerHandle | None = None
        self._last_flush = -TICK
        self._counters: Counter[str] = Counter()
        self._clients: Counter[str] = Counter()
        self._modes: Counter[str] = Counter()
        self._due = DueTimes(self._on_due)
        store.changes.subscribe(self._on_changes)

    # -- observation and faults ------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """``{"connections_open", "connections_opened", "handshakes_refused", "messages_received",
        "messages_sent", "partials_sent", "malformed_frames", "errors_sent", "slow_consumers_cut",
        "clients", "modes"}``."""
        with self._lock:
            counters = {
                name: self._counters[name]
                for name in (
                    "connections_opened",
                    "handshakes_refused",
                    "messages_received",
                    "messages_sent",
                    "partials_sent",
                    "malformed_frames",
                    "errors_sent",
                    "slow_consumers_cut",
                )
            }
            return {
                "connections_open": len(self._connections),
                **counters,
                "clients": dict(self._clients),
                "modes": dict(self._modes),
            }

    def reset_stats(self) -> None:
        """Zero the counters (open connections stay open and counted)."""
        with self._lock:
            self._counters.clear()
            self._clients.clear()
            self._modes.clear()

    def _count(self, name: str, amount: int = 1) -> None:
        with self._lock:
            self._counters[name] += amount

    def disconnect_all(self, code: int = CLOSE_RESTART) -> int:
        """Close every open connection with ``code`` (a fault, to test reconnects); the number closed.

        Callable from any thread: from the server's own it closes at once, from another it waits for the server.
        """
        loop = self._loop
        if loop is None:
            return 0
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            return self._close_all(code)
        try:
            future = asyncio.run_coroutine_threadsafe(self._close_all_soon(code), loop)
        except RuntimeError:  # The loop closed: the server stopped and its connections with it.
            return 0
        return future.result(timeout=10)

    async def _close_all_soon(self, code: int) -> int:
        return self._close_all(code)

    def _close_all(self, code: int) -> int:
        """Close every open connection with ``code``, from the server's event loop; the number closed."""
        connections = list(self._connections.values())
        for connection in connections:
            self._close(connection, code)
        return len(connections)

    # -- the socket ------------------------------------------------------------------------

    async def serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run one connection to its end: authenticate the handshake, then answer frames until it closes."""
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]
        }
        try:
            credential = self._auth.authenticate(headers)
        except AuthError as exc:
            self._count("handshakes_refused")
            await refuse_handshake(scope, send, exc.status, {"error": str(exc)})
            return
        if credential.kind != "secret":
            self._count("handshakes_refused")
            await refuse_handshake(scope, send, 403, {"error": "the datastream needs the secret key"})
            return
        await send({"type": "websocket.accept"})
        transport = getattr(getattr(send, "__self__", None), "transport", None)  # uvicorn's protocol's
        connection = _Connection(next(self._numbers), abort=getattr(transport, "abort", None))
        client = headers.get("x-schematic-client", "unknown")
        version = headers.get("x-schematic-client-version", "unknown")
        with self._lock:
            self._connections[connection.number] = connection
            self._counters["connections_opened"] += 1
            self._clients[f"{client}/{version}"] += 1
            self._modes[headers.get("x-schematic-datastream-mode", "unknown")] += 1
        # Registered and bound with no await between, as the last connection's close unbinds with none.
        self._bind(asyncio.get_running_loop())
        writer = asyncio.create_task(self._write(connection, send), name=f"datastream-{connection.number}")
        try:
            while True:
                message = await receive()
                if message["type"] == "websocket.disconnect":
                    return
                if message["type"] == "websocket.receive" and not connection.closing:
                    raw = message.get("text")
                    self._receive(connection, raw if raw is not None else message.get("bytes", b""))
        finally:
            writer.cancel()
            with self._lock:
                self._connections.pop(connection.number, None)
                last = not self._connections
            if last:
                self._unbind()

    async def _write(self, connection: _Connection, send: Send) -> None:
        """Send the connection's outbox in order; a close code ends it."""
        try:
            while True:
                frame = await connection.outbox.get()
                if isinstance(frame, int):
                    await send({"type": "websocket.close", "code": frame})
                    return
                await send({"type": "websocket.send", "text": frame})
                self._count("messages_sent")
        except OSError:  # The client went away (uvicorn's ClientDisconnected); the reader sees it too.
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            _LOG.exception("datastream writer %d failed", connection.number)
            self._on_bug(f"datastream writer failed: {type(exc).__name__}: {exc}")
            if (
                connection.abort is not None
            ):  # Nothing would send its frames any more: let the client reconnect.
                connection.abort()

    def _enqueue(self, connection: _Connection, frame: str) -> None:
        """Queue a frame; a connection too far behind is closed rather than buffered without bound."""
        if connection.closing:
            return
        if connection.outbox.qsize() >= self.outbox_limit:
            # Its writer is stuck behind a full socket, so a close frame would never get out: cut it.
            self._count("slow_consumers_cut")
            _LOG.warning(
                "datastream connection %d is %d frames behind: cutting it",
                connection.number,
                self.outbox_limit,
            )
            self._close(connection, CLOSE_RESTART)
            if connection.abort is not None:
                connection.abort()
            return
        connection.outbox.put_nowait(frame)

    @staticmethod
    def _close(connection: _Connection, code: int) -> None:
        """Drop what is queued and close with ``code``."""
        if connection.closing:
            return
        connection.closing = True
        while not connection.outbox.empty():
            connection.outbox.get_nowait()
        connection.outbox.put_nowait(code)

    # -- client frames ---------------------------------------------------------------------

    def _receive(self, connection: _Connection, raw: str | bytes) -> None:
        """Answer one client frame; a malformed one gets an ``error`` and the connection carries on."""
        self._count("messages_received")
        try:
            request = parse_request(raw)
        except FrameInvalid as exc:
            self._count("malformed_frames")
            self._send_error(connection, str(exc), exc.entity_type)
            return
        try:
            if request.entity_type == FLAGS:
                self._start_or_stop_flags(connection, request)
            else:
                self._start_or_stop_entity(connection, request)
        except Exception as exc:
            _LOG.exception("datastream request %r failed", request)
            self._on_bug(
                f"datastream {request.action} {request.entity_type}: unhandled {type(exc).__name__}: {exc}"
            )
            self._send_error(
                connection, f"internal error: {type(exc).__name__}", request.entity_type, request.keys
            )

    def _send_error(
        self,
        connection: _Connection,
        error: str,
        entity_type: str = "",
        keys: Mapping[str, str] | None = None,
    ) -> None:
        self._count("errors_sent")
        self._enqueue(connection, error_frame(error, entity_type, keys))

    def _start_or_stop_flags(self, connection: _Connection, request: Request) -> None:
        """``start``: the whole flag set, and every later flag change; ``stop``: no more flag pushes."""
        if request.action == STOP:
            connection.flags = None
            return
        copies: dict[str, _Sent] = {}
        texts = []
        for view in flags_view(self._store):
            text = self._checked(FLAG, view)
            if text is not None:
                copies[str(view["id"])] = (_fingerprint(text, view), view)
                texts.append(text)
        connection.flags = copies
        self._enqueue(connection, encode_raw(FLAGS, FULL, "[" + ",".join(texts) + "]"))

    def _start_or_stop_entity(self, connection: _Connection, request: Request) -> None:
        """``start``: the company or user owning any of the keys, then its changes; ``stop``: no more of them."""
        kind = _ENTITY_KINDS[request.entity_type]
        subscribed = connection.entities(request.entity_type)
        if request.action == STOP:
            row = self._store.entity_by_keys(kind, request.keys)
            for entity_id in _matching(subscribed, row.id if row else None, request.keys):
                del subscribed[entity_id]
            return
        changes_at = None
        if request.entity_type == COMPANY:
            view, changes_at = timed_company_view_by_keys(self._store, request.keys)
        else:
            view = user_view_by_keys(self._store, request.keys)
        if view is None:
            self._send_error(connection, f"{kind} not found", request.entity_type, request.keys)
            return
        text = self._checked(request.entity_type, view)
        if text is None:
            self._send_error(
                connection, f"the devserver built an invalid {kind}", request.entity_type, request.keys
            )
            return
        entity_id = str(view["id"])
        subscribed[entity_id] = (_fingerprint(text, view), view)
        self._enqueue(connection, encode_raw(request.entity_type, FULL, text, entity_id))
        if request.entity_type == COMPANY:
            self._due.watch(entity_id, changes_at)

    # -- views -----------------------------------------------------------------------------

    def _view(self, entity_type: str, entity_id: str) -> dict[str, Any] | None:
        """The current ``Rulesengine*`` view of one flag, company or user; None once it is gone. A
        company is watched for when time alone changes it next (see ``DueTimes``)."""
        if entity_type == COMPANY:
            view, changes_at = timed_company_view(self._store, entity_id)
            self._due.watch(entity_id, changes_at)
            return view
        if entity_type == USER:
            return user_view(self._store, entity_id)
        flag = self._store.flag(entity_id)
        return flag_view(self._store, flag) if flag is not None else None

    def _checked(self, entity_type: str, view: dict[str, Any]) -> str | None:
        """The view's JSON text; None (and a recorded server bug) when it breaks its public schema."""
        if self._validate:
            validator = self._validators.get(entity_type)
            if validator is None:
                schema = SchemaConverter(self._spec.document).component(_VIEW_SCHEMAS[entity_type])
                validator = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)
                self._validators[entity_type] = validator
            problem = first_error(validator, view, _VIEW_SCHEMAS[entity_type])
            if problem is not None:
                self._on_bug(f"datastream {entity_type} {view.get('id')}: {problem}")
                return None
        return _dumps(view)

    def _update(self, entity_type: str, entity_id: str, view: dict[str, Any] | None) -> _Update | None:
        """An update to deliver; None when the view is invalid (recorded as a bug, nothing sent)."""
        if view is None:
            return _Update(entity_type, entity_id, None, None)
        text = self._checked(entity_type, view)
        if text is None:
            return None
        return _Update(entity_type, entity_id, text, view, _fingerprint(text, view))

    def _deliver(self, connection: _Connection, copies: dict[str, _Sent], update: _Update) -> None:
        """Send ``update`` where the connection's copy differs: ``full`` for a new state, ``delete`` for a gone one."""
        previous = copies.get(update.entity_id)
        if update.text is None or update.view is None:
            if previous is not None:
                del copies[update.entity_id]
                self._enqueue(
                    connection, encode_raw(update.entity_type, DELETE, _dumps(previous[1]), update.entity_id)
                )
            return
        if previous is not None and previous[0] == update.fingerprint:
            return
        copies[update.entity_id] = (update.fingerprint, update.view)
        partial = None if previous is None else update.partial_from(previous)
        if partial is not None:
            self._count("partials_sent")
            self._enqueue(connection, encode_raw(update.entity_type, PARTIAL, partial, update.entity_id))
            return
        self._enqueue(connection, encode_raw(update.entity_type, FULL, update.text, update.entity_id))

    # -- the change feed -------------------------------------------------------------------

    def _bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Serve pushes on ``loop`` (each server start runs a new one)."""
        if self._loop is loop:
            return
        with self._lock:
            self._pending = _Pending()
            self._flush_scheduled = False
        self._loop = loop
        self._due.bind(loop)

    def _unbind(self) -> None:
        """The last connection closed: stop collecting changes until the next one opens."""
        self._loop = None
        self._due.bind(None)
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        with self._lock:
            self._pending = _Pending()
            self._flush_scheduled = False

    def _on_changes(self, changes: Sequence[Change]) -> None:
        """Change-feed subscriber, on the writer's thread: note the changes, schedule one flush per tick."""
        loop = self._loop
        if loop is None:
            return
        with self._lock:
            for change in changes:
                self._pending.note(change)
            if self._flush_scheduled:
                return
            self._flush_scheduled = True
        try:
            loop.call_soon_threadsafe(self._schedule_flush)
        except RuntimeError:  # The loop closed under us: the server stopped, nobody is left to push to.
            with self._lock:
                self._flush_scheduled = False

    def _on_due(self, company_ids: list[str]) -> None:
        """Companies whose views time has changed (a period reset, an override expired): push them as
        if written (on the loop)."""
        with self._lock:
            self._pending.companies.update(company_ids)
            if self._flush_scheduled:
                return
            self._flush_scheduled = True
        self._schedule_flush()

    def _schedule_flush(self) -> None:
        """Flush now after a quiet tick, else when the tick since the last flush ends (on the loop)."""
        if self._loop is not None:
            delay = self._last_flush + TICK - time.monotonic()
            self._flush_handle = self._loop.call_later(max(0.0, delay), self._flush)

    def _flush(self) -> None:
        """Push everything noted since the last tick; a failure is logged and recorded, never silent."""
        self._flush_handle = None
        self._last_flush = time.monotonic()
        with self._lock:
            pending, self._pending = self._pending, _Pending()
            self._flush_scheduled = False
        try:
            self._push(pending)
        except Exception as exc:
            _LOG.exception("datastream push failed")
            self._on_bug(f"datastream push failed: {type(exc).__name__}: {exc}")

    def _push(self, pending: _Pending) -> None:
        """Rebuild each affected view once and deliver it to the connections holding a copy that differs."""
        connections = list(self._connections.values())
        flag_connections = [c for c in connections if c.flags is not None]
        if pending.everything:
            self._resync_flags(flag_connections)
        elif flag_connections:
            for flag_id in sorted(pending.flags):
                update = self._update(FLAG, flag_id, self._view(FLAG, flag_id))
                if update is not None:
                    for connection in flag_connections:
                        assert connection.flags is not None
                        self._deliver(connection, connection.flags, update)
        # A flag change can change companies' rules (plan entitlements, overrides name flags).
        every_entity = pending.everything or bool(pending.flags)
        for entity_type, marked in ((COMPANY, pending.companies), (USER, pending.users)):
            holders: dict[str, list[_Connection]] = {}
            for connection in connections:
                for entity_id in connection.entities(entity_type):
                    if every_entity or entity_id in marked:
                        holders.setdefault(entity_id, []).append(connection)
            for entity_id, subscribers in holders.items():
                update = self._update(entity_type, entity_id, self._view(entity_type, entity_id))
                if update is not None:
                    for connection in subscribers:
                        self._deliver(connection, connection.entities(entity_type), update)

    def _resync_flags(self, connections: Iterable[_Connection]) -> None:
        """Deliver the whole flag set as per-flag changes: new and changed flags ``full``, vanished ones ``delete``."""
        connections = list(connections)
        if not connections:
            return
        present: set[str] = set()
        updates: list[_Update] = []
        for view in flags_view(self._store):
            present.add(str(view["id"]))
            update = self._update(FLAG, str(view["id"]), view)
            if update is not None:
                updates.append(update)
        for connection in connections:
            assert connection.flags is not None
            for flag_id in [flag_id for flag_id in connection.flags if flag_id not in present]:
                self._deliver(connection, connection.flags, _Update(FLAG, flag_id, None, None))
            for update in updates:
                self._deliver(connection, connection.flags, update)


def _matching(copies: Mapping[str, _Sent], entity_id: str | None, keys: Mapping[str, str]) -> list[str]:
    """The subscribed ids a ``stop`` names: the entity owning the keys, or a copy still holding one of them."""
    if entity_id is not None and entity_id in copies:
        return [entity_id]
    return [
        held_id
        for held_id, (_, view) in copies.items()
        if any((view.get("keys") or {}).get(name) == value for name, value in keys.items())
    ]
