"""Session tokens on a slow network: 2 s tokens and up to 800 ms of added latency per request, so a
token handed out near its expiry can expire in flight. No 401 may reach a caller, and mints stay within
one per token lifetime plus two. Real devserver, real sockets, real threads and tasks."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import pytest
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DevServer
from session_helpers import FLAG, SESSION_PATH, Wire, run_threads

from schematic_ext import AsyncSchematic, Schematic, UnauthorizedError, UserContext

COMPANY = {"id": "acme"}
TTL = 2.0
CHECK_PATH = f"/flags/{FLAG}/check"

pytestmark = pytest.mark.slow


def slow_network(srv: DevServer, steps: int = 8, step: float = 0.1) -> None:
    """Delay every request (mints too) by 0, 100, ..., 800 ms, each equally likely: faults are tried in
    order, so the one for bucket ``i`` fires for 1/(buckets - i) of the requests the earlier ones let by."""
    buckets = steps + 1
    for i in range(steps):
        srv.faults.add("*", "*", latency=step * (i + 1), probability=1 / (buckets - i), count=None)


def mint_budget(duration: float) -> int:
    """One mint per token lifetime the run spans, plus two (the first mint and a partial lifetime)."""
    return int(duration / TTL) + 2


class Tally:
    """What the callers saw: completed calls, 401s raised to them, and any other error."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls = 0
        self.unauthorized = 0
        self.errors: list[BaseException] = []

    def record(self, error: BaseException | None) -> None:
        with self.lock:
            if error is None:
                self.calls += 1
            elif isinstance(error, UnauthorizedError):
                self.unauthorized += 1
            else:
                self.errors.append(error)

    def summary(self, elapsed: float, mints: int, refused_on_wire: int) -> str:
        """The run in one line, for assertion messages."""
        return (
            f"{self.calls} calls in {elapsed:.1f}s, {mints} mints, {refused_on_wire} 401s on the wire, "
            f"{self.unauthorized} raised to callers"
        )


def test_50_threads_on_a_slow_network_see_no_401_and_mint_once_per_lifetime(
    pk_server: Callable[..., DevServer],
) -> None:
    """50 threads call a flag-check resource (which raises `UnauthorizedError` on a 401) for 6 s against
    2 s tokens with 0-800 ms of latency per request. Tokens do expire in flight (the wire sees 401s), but
    each retry carries a newer token, so no caller sees a 401, and at most 6/2 + 2 = 5 mints happen."""
    srv = pk_server(session_ttl=TTL)
    slow_network(srv)
    wire = Wire()
    tally = Tally()
    duration = 6.0
    with Schematic(
        DEFAULT_PUBLISHABLE_KEY, get_user=UserContext, base_url=srv.url, http_client=wire.client()
    ) as client:
        started = time.monotonic()
        stop_at = started + duration

        def worker(_: int) -> None:
            while time.monotonic() < stop_at:
                try:
                    client.features.check_flag(key=FLAG, company=COMPANY)
                except Exception as exc:
                    tally.record(exc)
                else:
                    tally.record(None)

        assert run_threads(50, worker) == []
        elapsed = time.monotonic() - started
    mints = srv.stats()["mints"]
    seen = tally.summary(elapsed, mints, wire.count(401))
    assert tally.errors == [], [repr(error) for error in tally.errors[:5]]
    assert tally.unauthorized == 0, seen
    assert tally.calls >= 50, seen
    assert duration / TTL <= mints <= mint_budget(duration), seen


async def test_50_tasks_on_a_slow_network_see_no_401_and_mint_once_per_lifetime(
    pk_server: Callable[..., DevServer],
) -> None:
    """The asyncio twin: 50 tasks on one loop for 4 s; no 401 raised, at most 4/2 + 2 = 4 mints."""
    srv = pk_server(session_ttl=TTL)
    slow_network(srv)
    wire = Wire()
    tally = Tally()
    duration = 4.0
    async with AsyncSchematic(
        DEFAULT_PUBLISHABLE_KEY, get_user=UserContext, base_url=srv.url, http_client=wire.async_client()
    ) as client:
        started = time.monotonic()
        stop_at = started + duration

        async def worker() -> None:
            while time.monotonic() < stop_at:
                try:
                    await client.features.check_flag(key=FLAG, company=COMPANY)
                except Exception as exc:
                    tally.record(exc)
                else:
                    tally.record(None)

        await asyncio.gather(*(worker() for _ in range(50)))
        elapsed = time.monotonic() - started
    mints = srv.stats()["mints"]
    seen = tally.summary(elapsed, mints, wire.count(401))
    assert tally.errors == [], [repr(error) for error in tally.errors[:5]]
    assert tally.unauthorized == 0, seen
    assert tally.calls >= 50, seen
    assert duration / TTL <= mints <= mint_budget(duration), seen


def _bearers(wire: Wire, path: str) -> list[str]:
    with wire.lock:
        return [auth.removeprefix("Bearer ") for _, sent_path, auth in wire.sent if sent_path == path]


def test_a_401_retry_carries_a_token_minted_after_the_failed_send(
    pk_server: Callable[..., DevServer],
) -> None:
    """1 s tokens. Ten threads send with the first token while it has 0.5 s left; the server holds each
    request 0.7 s, so the token has expired when it is checked and all ten get a 401. Each retry carries
    the one token minted after those sends (one mint shared by all ten), never the token that failed, and
    no later request carries it again."""
    srv = pk_server(session_ttl=1.0)
    wire = Wire()
    with Schematic(
        DEFAULT_PUBLISHABLE_KEY, get_user=UserContext, base_url=srv.url, http_client=wire.client()
    ) as client:
        client.features.check_flag(key=FLAG, company=COMPANY)
        [first] = wire.tokens
        time.sleep(max(0.0, wire.tokens[first] - 0.5 - time.time()))
        srv.faults.add("POST", CHECK_PATH, latency=0.7, count=10)
        errors = run_threads(10, lambda _: client.features.check_flag(key=FLAG, company=COMPANY))
        assert errors == [], [repr(error) for error in errors]
        client.features.check_flag(key=FLAG, company=COMPANY)
    assert wire.count(401) == 10
    assert srv.stats()["mints"] == 2
    [second] = [token for token in wire.tokens if token != first]
    bearers = _bearers(wire, CHECK_PATH)
    assert bearers == [first] * 11 + [second] * 11
    [first_expiry, second_mint] = [wire.tokens[first], wire.tokens[second] - 1.0]
    assert second_mint >= first_expiry  # minted after the failed requests' token had expired
    assert [path for _, path, _ in wire.sent].count(SESSION_PATH) == 2
