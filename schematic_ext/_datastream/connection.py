"""The client's one WebSocket, kept on a background thread and shared by every thread and coroutine.

It uses the ``websockets`` library's sync client: a thread owns no event loop, so the same code serves
`Schematic` and `AsyncSchematic` (whose loop it never blocks) and survives event-loop restarts, as the
event pipeline does. On each connect it asks for the flag set and again for every company and user
held, so what changed while it was away replaces the snapshot; it reconnects for as long as the client
lives (capped exponential backoff with jitter); a forked child opens its own connection on first use.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import socket
import threading
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from .protocol import (
    ERROR,
    FLAGS,
    MalformedMessage,
    datastream_url,
    handshake_headers,
    parse_message,
    request_frame,
)
from .store import Snapshot, Waiter

if TYPE_CHECKING:
    from websockets.sync.client import ClientConnection

    from .._config import DataStreamConfig

__all__ = ["NO_DATASTREAM_STATS", "DataStream", "DataStreamStats"]

DEFAULT_TTL_MS = 24 * 60 * 60 * 1000  # schematichq's: companies and users kept a day without news
MAX_MESSAGE_SIZE = 100 * 1024 * 1024  # schematichq's: a large environment's flag set exceeds 1 MiB
OPEN_TIMEOUT = 10.0
PING_INTERVAL = 54.0  # schematichq's keepalive: a ping every 54 s, its pong due within 60 s
PING_TIMEOUT = 60.0
CLOSE_TIMEOUT = 2.0
MIN_RECONNECT_DELAY = 1.0
MAX_RECONNECT_DELAY = 30.0
IGNORED_WARNINGS = 100  # ignored messages logged as warnings; the rest at debug level (all are counted)

IDLE, CONNECTING, CONNECTED, DOWN, CLOSED = "idle", "connecting", "connected", "down", "closed"


@attrs.frozen(kw_only=True)
class DataStreamStats:
    """Counters of a client's datastream: its connection, what it received and what the snapshot holds.

    ``ignored_messages`` counts frames that were malformed or of an unknown kind (each is logged and
    skipped); ``handshake_refusals`` connection attempts the server refused (a bad key, say), with the
    latest failure in ``last_error``.
    """

    state: str = IDLE
    connections: int = 0
    disconnects: int = 0
    handshake_refusals: int = 0
    messages: int = 0
    ignored_messages: int = 0
    server_errors: int = 0
    flags: int = 0
    companies: int = 0
    users: int = 0
    last_error: str | None = None


NO_DATASTREAM_STATS = DataStreamStats()


def _wake(waiters: list[Waiter], logger: logging.Logger) -> None:
    for waiter in waiters:
        try:
            waiter()
        except Exception:
            logger.exception("schematic: a datastream waiter failed")


class DataStream:
    """One client's connection and snapshot (see the module docstring)."""

    def __init__(
        self, *, base_url: str, api_key: str, settings: DataStreamConfig, logger: logging.Logger
    ) -> None:
        self.url = datastream_url(base_url)
        self._headers = handshake_headers(api_key)
        self._max_size = settings.max_message_size or MAX_MESSAGE_SIZE
        ttl_ms = settings.cache_ttl if settings.cache_ttl is not None else DEFAULT_TTL_MS
        self.snapshot = Snapshot(settings.max_entities, ttl_ms / 1000)
        self.logger = logger
        self._init_state()
        _STREAMS.add(self)

    def _init_state(self) -> None:
        """No socket, no thread, counters at zero: at construction and in a forked child."""
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ws: ClientConnection | None = None
        self._thread: threading.Thread | None = None
        self.state = IDLE
        self._connections = self._disconnects = self._refusals = 0
        self._messages = self._ignored = self._server_errors = 0
        self._last_error: str | None = None
        self._reported: str | None = None  # the failure already logged at error level in this outage

    # -- lifecycle

    def start(self) -> None:
        """Connect in the background (idempotent; called by the first check or by ``initialize()``)."""
        with self._lock:
            if self.state != IDLE:
                return
            self.state = CONNECTING
            self._thread = threading.Thread(target=self._run, name="schematic-datastream", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop reconnecting and cut the socket without waiting: for a client collected without close()."""
        with self._lock:
            self.state = CLOSED
            self._stop.set()
            ws = self._ws
        if ws is not None:
            with contextlib.suppress(OSError):
                ws.socket.shutdown(socket.SHUT_RDWR)  # the reader wakes, sees the stop, and ends

    def close(self) -> None:
        """Close the socket and stop reconnecting; checks then answer from the snapshot or the API."""
        with self._lock:
            self.state = CLOSED
            self._stop.set()
            ws, thread = self._ws, self._thread
        if ws is not None:
            ws.close()
        if thread is not None and thread is not threading.current_thread():
            thread.join(CLOSE_TIMEOUT + 1.0)
        _wake(self.snapshot.take_all_waiters(), self.logger)

    def _after_fork_in_child(self) -> None:
        """The parent's socket and thread are not this process's: forget them (never close the shared
        socket), keep the snapshot, and connect again on first use."""
        ws = self._ws
        closed = self.state == CLOSED
        self._init_state()
        self.snapshot.reset_lock()
        if closed:
            self.state = CLOSED
        if ws is not None:
            with contextlib.suppress(OSError):
                ws.socket.close()  # this process's descriptor only; the parent's connection is untouched

    # -- asking for what a check needs

    def ask(self, entity_type: str, keys: Mapping[str, str] | None, waiter: Waiter) -> bool:
        """Wait for an entity (or, with FLAGS, the flag set): asks the server unless a request is already
        out. False when nothing can arrive (the socket is down): the check asks the API instead."""
        if self.state == IDLE:
            self.start()
        if self.state not in (CONNECTED, CONNECTING):
            return False
        first = self.snapshot.wait_for(entity_type, keys, waiter)
        if entity_type == FLAGS:
            # The connection asks for the flag set itself; it may have arrived while this one registered.
            if self.snapshot.flags_loaded or self.state not in (CONNECTED, CONNECTING):
                self.snapshot.cancel(entity_type, keys, waiter)
                return False
            return True
        with self._lock:
            state, ws = self.state, self._ws
        if state == CONNECTING or ws is None:
            return state in (CONNECTING, CONNECTED)  # asked for when the connection opens (`_serve`)
        if first and not self._send(request_frame(entity_type, keys)):
            self.snapshot.cancel(entity_type, keys, waiter)
            return False
        return True

    def cancel(self, entity_type: str, keys: Mapping[str, str] | None, waiter: Waiter) -> None:
        self.snapshot.cancel(entity_type, keys, waiter)

    def _send(self, frame: str) -> bool:
        ws = self._ws
        if ws is None:
            return False
        try:
            ws.send(frame)
        except Exception as exc:  # closed under us: the reader notices and reconnects
            self.logger.debug("schematic: datastream send failed: %s", exc)
            return False
        return True

    # -- the connection's thread

    def _run(self) -> None:
        """Connect, read until the socket closes, back off, repeat, until `close()`."""
        failures = 0
        while not self._stop.is_set():
            try:
                healthy = self._connect_and_serve()
            except Exception as exc:  # the last line of defence: log it, and keep reconnecting
                self.logger.exception("schematic: datastream connection failed unexpectedly")
                self._last_error = f"{type(exc).__name__}: {exc}"
                healthy = False
            if self._stop.is_set():
                break
            failures = 1 if healthy else failures + 1
            with self._lock:
                if self.state != CLOSED:
                    self.state = DOWN
            _wake(self.snapshot.take_all_waiters(), self.logger)
            delay = min(MIN_RECONNECT_DELAY * 2 ** (failures - 1), MAX_RECONNECT_DELAY)
            self._stop.wait(delay + random.random())

    def _connect_and_serve(self) -> bool:
        """One connection, from handshake to close; True if it delivered anything (the backoff restarts)."""
        from websockets.exceptions import ConnectionClosed, InvalidStatus
        from websockets.sync.client import connect

        try:
            ws = connect(
                self.url,
                additional_headers=self._headers,
                max_size=self._max_size,
                open_timeout=OPEN_TIMEOUT,
                ping_interval=PING_INTERVAL,
                ping_timeout=PING_TIMEOUT,
                close_timeout=CLOSE_TIMEOUT,
            )
        except InvalidStatus as exc:
            self._refusals += 1
            self._failed(
                "refused", f"the datastream refused the connection (HTTP {exc.response.status_code})"
            )
            return False
        except (OSError, TimeoutError, ValueError, ConnectionClosed) as exc:
            self._failed("unreachable", f"cannot connect to the datastream ({type(exc).__name__}: {exc})")
            return False
        except Exception as exc:  # a failed handshake of another kind (InvalidHandshake, InvalidURI, ...)
            self._failed("handshake", f"datastream handshake failed ({type(exc).__name__}: {exc})")
            return False
        with ws:  # closes it however serving ends
            reason = self._serve(ws)
        if reason is None:
            return False
        delivered, why = reason
        if not self._stop.is_set():
            self._disconnects += 1
            self._failed("disconnected", f"datastream connection lost: {why}; answering from the snapshot")
        return delivered

    def _serve(self, ws: ClientConnection) -> tuple[bool, str] | None:
        """Ask for the flag set and every entity held, then apply frames until the socket closes; whether
        anything arrived and why it ended (None: `close()` came first)."""
        from websockets.exceptions import ConnectionClosed

        with self._lock:
            if self._stop.is_set():
                return None
            self._ws = ws
            self.state = CONNECTED
            self._connections += 1
        if self._reported is not None:
            self.logger.warning("schematic: datastream connected again (%s)", self.url)
        else:
            self.logger.info("schematic: datastream connected (%s)", self.url)
        self._reported = None
        delivered = False
        try:
            ws.send(request_frame(FLAGS))
            for entity_type, keys in self.snapshot.resync_requests():
                ws.send(request_frame(entity_type, keys))
            for raw in ws:
                delivered = True
                self._handle(raw)
            why = "closed by the server"
        except ConnectionClosed as exc:
            why = f"closed ({exc})"
        except OSError as exc:
            why = f"{type(exc).__name__}: {exc}"
        finally:
            with self._lock:
                self._ws = None
        return delivered, why

    def _failed(self, kind: str, message: str) -> None:
        """Record a failure; log it once per outage (a refusal at error level), then quietly while it lasts."""
        self._last_error = message
        if self._stop.is_set():
            return
        if self._reported is None or (kind == "refused" and self._reported != kind):
            level = logging.ERROR if kind == "refused" else logging.WARNING
            self.logger.log(level, "schematic: %s; reconnecting with backoff", message)
            self._reported = kind
        else:
            self.logger.debug("schematic: %s", message)

    def _handle(self, raw: str | bytes) -> None:
        """Apply one frame; a malformed or unknown one is logged, counted and skipped."""
        self._messages += 1
        try:
            message = parse_message(raw)
        except MalformedMessage as exc:
            self._ignored += 1
            level = logging.WARNING if self._ignored <= IGNORED_WARNINGS else logging.DEBUG
            self.logger.log(level, "schematic: ignored a datastream message: %s", exc)
            if self._ignored == IGNORED_WARNINGS:
                self.logger.warning(
                    "schematic: further ignored datastream messages are logged at debug level"
                )
            return
        if message.message_type == ERROR:
            self._server_errors += 1
            self.logger.info("schematic: datastream error: %s", message.data.get("error"))
        try:
            woken, dropped = self.snapshot.apply(message)
        except Exception:
            self._ignored += 1
            self.logger.exception("schematic: ignored a datastream message that could not be applied")
            return
        for entity_type, keys in dropped:
            self._send(request_frame(entity_type, keys, action="stop"))
        _wake(woken, self.logger)

    # -- observation

    def stats(self) -> DataStreamStats:
        snapshot = self.snapshot
        return DataStreamStats(
            state=self.state,
            connections=self._connections,
            disconnects=self._disconnects,
            handshake_refusals=self._refusals,
            messages=self._messages,
            ignored_messages=self._ignored,
            server_errors=self._server_errors,
            flags=len(snapshot.flags),
            companies=len(snapshot.companies),
            users=len(snapshot.users),
            last_error=self._last_error,
        )


_STREAMS: weakref.WeakSet[DataStream] = weakref.WeakSet()


def _reinit_after_fork() -> None:
    for stream in list(_STREAMS):
        stream._after_fork_in_child()


os.register_at_fork(after_in_child=_reinit_after_fork)
