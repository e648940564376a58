"""Helpers for the session tests: pk_ clients over the SDK's request path, and a wire recorder."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
from schematic_api.api import AsyncResources, SyncResources
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DevServer
from schematic_devserver.clock import parse_time

from schematic_ext._auth import auth_for_key
from schematic_ext._base_client import AsyncApiClient, ClientOptions, SyncApiClient
from schematic_ext._session import GetUser

FLAG = "new-dashboard"
SEED = {"flags": [{"key": FLAG, "name": "New dashboard"}]}
SESSION_PATH = "/api/auth/session/"


class Wire:
    """Records what went over the wire (via httpx event hooks): each request's time and credential,
    each response's status, and every minted token with its ``expires_at``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sent: list[tuple[float, str, str]] = []  # (wall time, path, Authorization header)
        self.statuses: list[tuple[str, int]] = []
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
            self.statuses.append((response.request.url.path, response.status_code))

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
            return sum(1 for _, code in self.statuses if code == status)

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
    srv: DevServer, get_user: GetUser | None, key: str = DEFAULT_PUBLISHABLE_KEY, **kw: Any
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
    """Under continuous load until `stopped_at` (wall clock): each mint after the first was sent at the
    previous token's refresh point, not before it (so never two mints for one window) and at most `slack`
    after it (so no window was skipped), and the last token's refresh point was not passed under load.
    Returns the number of mints."""
    windows = wire.mint_windows()
    for (_, refresh_point), (next_sent, _) in itertools.pairwise(windows):
        assert refresh_point - 0.02 <= next_sent <= refresh_point + slack, windows
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


def sync_client(srv: DevServer, get_user: GetUser | None, *, wire: Wire | None = None, **kw: Any) -> PkClient:
    return PkClient(SyncApiClient(options(srv, get_user, **kw), wire.client() if wire else None))


def async_client(
    srv: DevServer, get_user: GetUser | None, *, wire: Wire | None = None, **kw: Any
) -> AsyncPkClient:
    return AsyncPkClient(AsyncApiClient(options(srv, get_user, **kw), wire.async_client() if wire else None))
