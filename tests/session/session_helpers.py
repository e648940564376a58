"""Helpers for the session tests: pk_ clients over the SDK's request path, and a wire recorder."""

from __future__ import annotations

import itertools
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import httpx
from schematic_api.api import AsyncResources, SyncResources
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY
from schematic_devserver.clock import parse_time

from schematic_ext._auth import auth_for_key
from schematic_ext._base_client import AsyncApiClient, ClientOptions, SyncApiClient
from schematic_ext._session import GetUser

FLAG = "new-dashboard"
SEED = {"flags": [{"key": FLAG, "name": "New dashboard"}]}
SESSION_PATH = "/api/auth/session/"


class Server(Protocol):
    """What the clients below need of a devserver: its URL, and its counters."""

    @property
    def url(self) -> str: ...

    def stats(self) -> dict[str, Any]: ...


class ServerProcess:
    """``python -m schematic_devserver`` in a child process seeded with `SEED`: for load tests, where a
    server sharing the test's interpreter (and its GIL) would slow every request the clients send."""

    def __init__(self, tmp: Path, *args: str) -> None:
        tmp.mkdir(parents=True, exist_ok=True)
        seed = tmp / "seed.json"
        seed.write_text(json.dumps(SEED))
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        command = [sys.executable, "-m", "schematic_devserver", "--port", str(port)]
        command += ["--db", str(tmp / "devserver.db"), "--seed", str(seed), *args]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.control = httpx.Client(base_url=self.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY})
        deadline = time.monotonic() + 30
        while True:
            try:
                self.stats()
                return
            except httpx.TransportError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.close()
                    raise RuntimeError(f"the devserver did not start: {self.stderr()}") from None
                time.sleep(0.1)

    def stats(self) -> dict[str, Any]:
        response = self.control.get("/_devserver/stats")
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def stderr(self) -> str:
        return (
            self.process.stderr.read().decode()
            if self.process.stderr and self.process.poll() is not None
            else ""
        )

    def close(self) -> None:
        self.control.close()
        self.process.terminate()
        self.process.wait(timeout=15)


class Wire:
    """Records what went over the wire (via httpx event hooks): each request's time and credential,
    each response's time and status, and every minted token with its ``expires_at``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sent: list[tuple[float, str, str]] = []  # (wall time, path, Authorization header)
        self.statuses: list[tuple[float, str, int]] = []  # (wall time received, path, status)
        self.tokens: dict[str, float] = {}  # token -> expires_at (epoch seconds)

    def _on_request(self, request: httpx.Request) -> None:
        with self.lock:
            self.sent.append((time.time(), request.url.path, request.headers.get("authorization", "")))

    def _on_response(self, response: httpx.Response) -> None:
        if response.request.url.path == SESSION_PATH and response.is_success:
            response.read()
            body = response.json()
            expires_at = parse_time(body["expires_at"])
            assert expires_at is not None
            with self.lock:
                self.tokens[body["token"]] = expires_at
        with self.lock:
            self.statuses.append((time.time(), response.request.url.path, response.status_code))

    async def _aon_request(self, request: httpx.Request) -> None:
        self._on_request(request)

    async def _aon_response(self, response: httpx.Response) -> None:
        if response.request.url.path == SESSION_PATH:
            await response.aread()
        self._on_response(response)

    def client(self) -> httpx.Client:
        return httpx.Client(event_hooks={"request": [self._on_request], "response": [self._on_response]})

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            event_hooks={"request": [self._aon_request], "response": [self._aon_response]}
        )

    def count(self, status: int) -> int:
        with self.lock:
            return sum(1 for _, _, code in self.statuses if code == status)

    def refused_between(self, start: float, end: float) -> int:
        """How many 401s came back between two wall-clock times."""
        with self.lock:
            return sum(1 for at, _, code in self.statuses if code == 401 and start <= at <= end)

    def mint_windows(self) -> list[tuple[float, float]]:
        """(sent_at, refresh_point) per mint, in order: with a 60 s margin capped at a quarter of the
        lifetime, the refresh point is three quarters of the way from sending the mint to the token's
        ``expires_at`` (the client counts the lifetime from the response, so it refreshes a hair later)."""
        with self.lock:
            sends = [sent_at for sent_at, path, _ in self.sent if path == SESSION_PATH]
            expiries = list(self.tokens.values())
        assert len(sends) == len(expiries), "a mint failed or is still in flight"
        return [(sent, expires - (expires - sent) / 4) for sent, expires in zip(sends, expiries, strict=True)]

    def bearer_requests_after_expiry(self) -> list[tuple[float, str]]:
        """Requests sent with a token at or after that token's ``expires_at``."""
        with self.lock:
            late = []
            for sent_at, path, authorization in self.sent:
                scheme, _, token = authorization.partition(" ")
                if scheme == "Bearer" and sent_at >= self.tokens[token]:
                    late.append((sent_at - self.tokens[token], path))
            return late


def options(
    srv: Server, get_user: GetUser | None, key: str = DEFAULT_PUBLISHABLE_KEY, **kw: Any
) -> ClientOptions:
    max_retries = kw.pop("max_retries", 0)
    return ClientOptions(
        base_url=srv.url,
        auth=auth_for_key(key, base_url=srv.url, get_user=get_user, **kw),
        max_retries=max_retries,
    )


def run_threads(count: int, target: Callable[[int], object]) -> list[BaseException]:
    """Run ``target(index)`` on `count` threads released together; return what they raised."""
    start = threading.Barrier(count)
    errors: list[BaseException] = []

    def worker(index: int) -> None:
        start.wait()
        try:
            target(index)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def assert_one_mint_per_refresh_window(wire: Wire, stopped_at: float, slack: float = 0.5) -> int:
    """Under continuous load until `stopped_at` (wall clock): each mint after the first was sent at most
    `slack` after the previous token's refresh point (so no window was skipped), and not before it (so
    never two mints for one window) unless a 401 had come back since the previous mint: a request that
    reached the server after its token expired is retried with a token that outlives a trip that slow,
    minted early when the current one would not. The last token's refresh point was not passed under
    load. Returns the number of mints."""
    windows = wire.mint_windows()
    for (previous_sent, refresh_point), (next_sent, _) in itertools.pairwise(windows):
        assert next_sent <= refresh_point + slack, windows
        early = next_sent < refresh_point - 0.02
        assert not early or wire.refused_between(previous_sent, next_sent), windows
    assert windows[-1][1] > stopped_at - slack, windows
    return len(windows)


class PkClient(SyncResources):
    """The SDK's request path (auth flow + retry loop + error mapping + resources) with a pk_ key."""

    def __init__(self, api: SyncApiClient) -> None:
        self._requester = api
        self.auth = api.options.auth


class AsyncPkClient(AsyncResources):
    def __init__(self, api: AsyncApiClient) -> None:
        self._requester = api
        self.auth = api.options.auth


def sync_client(srv: Server, get_user: GetUser | None, *, wire: Wire | None = None, **kw: Any) -> PkClient:
    return PkClient(SyncApiClient(options(srv, get_user, **kw), wire.client() if wire else None))


def async_client(
    srv: Server, get_user: GetUser | None, *, wire: Wire | None = None, **kw: Any
) -> AsyncPkClient:
    return AsyncPkClient(AsyncApiClient(options(srv, get_user, **kw), wire.async_client() if wire else None))
