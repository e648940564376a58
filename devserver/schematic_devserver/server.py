"""``DevServer``: the devserver in-process, on a real socket of 127.0.0.1, in a background thread.

    with DevServer(seed="devserver/seed_example.yaml") as srv:
        client = Schematic(api_key=DEFAULT_SECRET_KEY, base_url=srv.url)
        srv.faults.add("POST", "/event-batch", status=503, count=2)
        ...
        assert srv.store.count_events("track") == 100

``stop()`` then ``start()`` serves again on the same port and database (the socket is
bound with SO_REUSEADDR). A temporary database (``db_path=None``) lives until
``close()`` (or the end of the ``with`` block), so a stop/start keeps its data.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
import weakref
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn

from schematic_devserver.app import DevServerApp
from schematic_devserver.auth import Authenticator
from schematic_devserver.datastream import DatastreamHub
from schematic_devserver.faults import FaultInjector, Stats
from schematic_devserver.seed import apply_seed, load_seed
from schematic_devserver.spec import load_spec
from schematic_devserver.store import Store
from schematic_devserver.webhook_delivery import WebhookDispatcher

__all__ = ["DEFAULT_PUBLISHABLE_KEY", "DEFAULT_SECRET_KEY", "DevServer"]

DEFAULT_SECRET_KEY = "sk_test_devserver"
DEFAULT_PUBLISHABLE_KEY = "pk_test_devserver"
_START_TIMEOUT = 15.0
_GRACEFUL_SHUTDOWN = 2


class DevServer:
    """A local, spec-validated, SQLite-backed Schematic API (see the module docstring)."""

    def __init__(
        self,
        *,
        db_path: str | Path | None = None,
        seed: str | Path | Mapping[str, Any] | None = None,
        secret_key: str = DEFAULT_SECRET_KEY,
        publishable_key: str = DEFAULT_PUBLISHABLE_KEY,
        hmac_secret: str | None = None,
        require_signed_user_id: bool = False,
        session_ttl: float = 3600,
        host: str = "127.0.0.1",
        port: int = 0,
        validate_responses: bool = True,
        webhook_retry_delay: float = 1.0,
    ) -> None:
        self._temp_dir: str | None = None
        if db_path is None:
            self._temp_dir = tempfile.mkdtemp(prefix="devserver-")
            db_path = Path(self._temp_dir) / "devserver.db"
        self.db_path = Path(db_path)
        self.host = host
        self._port = port
        self.spec = load_spec()
        self.store = Store(self.db_path)
        self._finalizer = weakref.finalize(self, _cleanup, self.store, self._temp_dir)
        self._seed = load_seed(seed) if seed is not None else None
        if self._seed is not None:
            apply_seed(self.store, self.spec, self._seed)
        self.faults = FaultInjector()
        self._stats = Stats()
        # Sends webhooks while serving; webhook_retry_delay is the first retry's wait (doubling, to 30 s).
        self._webhooks = WebhookDispatcher(
            self.store, self._stats, self.spec, retry_delay=webhook_retry_delay
        )
        self.auth = Authenticator(
            self.store,
            secret_key=secret_key,
            publishable_key=publishable_key,
            hmac_secret=hmac_secret,
            require_signed_user_id=require_signed_user_id,
            session_ttl=session_ttl,
        )
        self.app = DevServerApp(
            spec=self.spec,
            store=self.store,
            auth=self.auth,
            faults=self.faults,
            stats=self._stats,
            validate_responses=validate_responses,
            on_reset=self._reset,
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port served on (known after the first start when 0 was asked for)."""
        return self._port

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321`` (no trailing slash)."""
        return f"http://{self.host}:{self._port}"

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive()

    def _bind(self) -> socket.socket:
        """Bind the listening socket; SO_REUSEADDR so a restart gets the same port at once."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Inherited by accepted connections: the response head and body go out as two writes,
        # and with Nagle on the body would wait for the client's delayed ACK (~40 ms).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((self.host, self._port))
            sock.listen(2048)
        except OSError:
            sock.close()
            raise
        sock.set_inheritable(True)
        self._port = sock.getsockname()[1]
        return sock

    def start(self) -> DevServer:
        """Serve in a background thread; returns once the socket is listening."""
        with self._lock:
            if self.running:
                return self
            if not self._finalizer.alive:
                raise RuntimeError("this DevServer was closed")
            sock = self._bind()
            config = uvicorn.Config(
                self.app,
                lifespan="off",
                access_log=False,
                log_level="warning",
                proxy_headers=False,
                server_header=False,
                timeout_graceful_shutdown=_GRACEFUL_SHUTDOWN,
                timeout_keep_alive=30,
            )
            server = uvicorn.Server(config)  # Off the main thread it installs no signal handlers.
            thread = threading.Thread(
                target=server.run,  # uvloop and httptools when installed (the [devserver] extra has them)
                args=([sock],),
                name=f"devserver-{self._port}",
                daemon=True,
            )
            thread.start()
            deadline = time.monotonic() + _START_TIMEOUT
            while not server.started:
                if not thread.is_alive() or time.monotonic() > deadline:
                    server.should_exit = True
                    thread.join(_START_TIMEOUT)
                    sock.close()
                    raise RuntimeError(f"devserver failed to start on {self.url}")
                time.sleep(0.005)
            self._server, self._thread, self._socket = server, thread, sock
            self._webhooks.start()
        return self

    def stop(self) -> None:
        """Stop serving and wait for the server thread; data and port are kept for a restart."""
        with self._lock:
            server, thread, sock = self._server, self._thread, self._socket
            self._server = self._thread = self._socket = None
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join()
        self._webhooks.stop()
        if sock is not None:
            sock.close()

    def close(self) -> None:
        """Stop, close the database, and delete it if it was a temporary one."""
        self.stop()
        self._finalizer()

    def __enter__(self) -> DevServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- observation -----------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counters: ``{"requests": {operationId: n}, "events_stored", "mints", "faults_triggered", ...,
        "datastream": {...}}``."""
        return self.app.snapshot()

    def reset_stats(self) -> None:
        """Zero every counter."""
        self.app.reset_stats()

    @property
    def datastream(self) -> DatastreamHub:
        """The ``/datastream`` connections: ``disconnect_all()`` closes them (to test reconnects)."""
        return self.app.datastream

    @property
    def mints(self) -> list[dict[str, Any]]:
        """Every session mint so far (user_id, anonymous_id, time, expires_at), oldest first."""
        return self.store.mints()

    @property
    def errors(self) -> list[str]:
        """Server bugs seen so far: responses that broke the contract, unhandled exceptions."""
        return list(self.app.errors)

    def _reset(self, wipe_data: bool) -> None:
        """Control-interface reset: counters and faults; with ``wipe_data`` the database too (seed re-applied)."""
        self.app.reset_stats()
        self.faults.clear()
        if wipe_data:
            self.store.wipe()
            if self._seed is not None:
                apply_seed(self.store, self.spec, self._seed)


def _cleanup(store: Store, temp_dir: str | None) -> None:
    """Close the store and remove a temporary database directory."""
    store.close()
    if temp_dir is not None:
        shutil.rmtree(temp_dir, ignore_errors=True)
