"""Flag checks that scale with their callers: an elastic worker pool, deadlines that cover the request,
and a breaker that hears the API's outcome rather than a waiter's patience. Real devserver, real threads."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from client_helpers import ACME, SEED, Facade
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import AsyncSchematic, CheckFlagOptions, CheckFlagResult, Schematic
from schematic_ext._singleflight import SingleFlight

FLAGS = [f"wide-{i}" for i in range(64)]
LATENCY = 0.3


@pytest.fixture
def wide_server(devserver_factory: Callable[..., DevServer]) -> DevServer:
    """A devserver with 64 flags that are on by default (a fallback would answer False)."""
    flags = [{"key": key, "name": key, "default_value": True} for key in FLAGS]
    server = devserver_factory(seed={**SEED, "flags": [*SEED["flags"], *flags]})
    server.faults.add("POST", "/flags/*/check", latency=LATENCY, count=None)
    return server


def pause(client: Facade, seconds: float) -> None:
    """Sleep, letting an AsyncSchematic's background request run on its loop meanwhile."""
    if isinstance(client.target, AsyncSchematic):
        client.run(asyncio.sleep(seconds))
    else:
        time.sleep(seconds)


def assert_api_answers(results: list[CheckFlagResult]) -> None:
    assert len(results) == len(FLAGS)
    for result in results:
        assert result.value is True, result
        assert result.error is None, result


@pytest.mark.slow
def test_64_threads_checking_64_flags_are_answered_by_the_api(wide_server):
    with Schematic(DEFAULT_SECRET_KEY, base_url=wide_server.url) as client:
        barrier = threading.Barrier(len(FLAGS) + 1)
        results: list[CheckFlagResult] = []

        def worker(flag: str) -> None:
            barrier.wait()
            results.append(client.check_flag_with_entitlement(flag, company=ACME))

        threads = [threading.Thread(target=worker, args=(flag,)) for flag in FLAGS]
        for thread in threads:
            thread.start()
        barrier.wait()
        start = time.monotonic()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - start
        assert client._flags.breaker.state == "closed"
    assert_api_answers(results)
    assert elapsed < 1.5
    assert wide_server.stats()["requests"]["checkFlag"] == len(FLAGS)


@pytest.mark.slow
def test_64_tasks_checking_64_flags_are_answered_by_the_api(wide_server):
    async def main() -> tuple[list[CheckFlagResult], float, str]:
        async with AsyncSchematic(DEFAULT_SECRET_KEY, base_url=wide_server.url) as client:
            start = time.monotonic()
            results = await asyncio.gather(
                *(client.check_flag_with_entitlement(flag, company=ACME) for flag in FLAGS)
            )
            return list(results), time.monotonic() - start, client._flags.breaker.state

    results, elapsed, state = asyncio.run(main())
    assert_api_answers(results)
    assert elapsed < 1.5
    assert state == "closed"


def test_a_waiter_with_a_short_deadline_does_not_open_the_breaker(server, make_client):
    client = make_client(base_url=server.url, circuit_breaker_threshold=1, flag_check_timeout=1.0)
    server.faults.add("POST", "/flags/*", latency=LATENCY, count=1)
    result = client.check_flag_with_entitlement("sso", company=ACME, options=CheckFlagOptions(timeout=0.05))
    assert result.reason == "default value (timed out after 0.05s)"
    assert client.target._flags.breaker.state == "closed"
    pause(client, LATENCY + 0.2)  # the request goes on under flag_check_timeout and fills the cache
    assert client.target._flags.breaker.state == "closed"
    assert client.check_flag_with_entitlement("sso", company=ACME).error is None
    assert server.stats()["requests"]["checkFlag"] == 1


def test_a_request_slower_than_its_timeout_counts_as_a_failure(server, make_client):
    client = make_client(base_url=server.url, circuit_breaker_threshold=1, flag_check_timeout=0.2)
    server.faults.add("POST", "/flags/*", latency=0.6, count=1)
    result = client.check_flag_with_entitlement("sso", company=ACME)
    assert result.error == "timed out after 0.2s"
    pause(client, 0.3)
    assert client.target._flags.breaker.state == "open"  # the request itself timed out


def test_checks_queued_beyond_the_bound_still_get_the_api_answer(wide_server):
    """Four workers, eight flags: the second four wait for a worker, then get their full timeout."""
    with Schematic(DEFAULT_SECRET_KEY, base_url=wide_server.url, flag_check_max_workers=4) as client:
        results: list[CheckFlagResult] = []
        threads = [
            threading.Thread(target=lambda f=flag: results.append(client.check_flag_with_entitlement(f)))
            for flag in FLAGS[:8]
        ]
        start = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - start
        assert client._flight.workers() == 4
    assert all(result.value is True and result.error is None for result in results)
    assert len(results) == 8
    assert 2 * LATENCY <= elapsed < 4 * LATENCY


def test_a_queued_call_waits_at_most_its_timeout_for_a_worker():
    flight: SingleFlight[str] = SingleFlight(max_workers=1)
    release = threading.Event()
    busy = flight.start("a", lambda: "a" if release.wait(5) else "late")
    queued = flight.start("b", lambda: "b")
    start = time.monotonic()
    with pytest.raises(TimeoutError, match="no flag-check worker was free"):
        queued.result(0.2)
    assert 0.2 <= time.monotonic() - start < 0.5
    release.set()
    assert busy.result(1) == "a"
    assert queued.result(1) == "b"  # it still runs once a worker is free
    flight.close()


def test_idle_workers_exit_after_a_burst():
    flight: SingleFlight[int] = SingleFlight(max_workers=16, idle_timeout=0.2)
    release = threading.Event()
    before = threading.active_count()
    calls = [flight.start(i, lambda i=i: i if release.wait(5) else -1) for i in range(24)]
    time.sleep(0.05)
    assert flight.workers() == 16  # the bound holds; the other 8 are queued
    release.set()
    assert [call.result(1) for call in calls] == list(range(24))
    deadline = time.monotonic() + 2
    while flight.workers() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert flight.workers() == 0
    assert threading.active_count() <= before
    assert flight.start("again", lambda: 1).result(1) == 1  # and the pool grows again on demand
    flight.close()


def test_close_cancels_queued_calls():
    flight: SingleFlight[int] = SingleFlight(max_workers=1)
    release = threading.Event()
    flight.start("busy", lambda: int(release.wait(5)))
    queued = flight.start("queued", lambda: 2)
    flight.close()
    assert queued.future.cancelled()
    release.set()


@pytest.mark.parametrize("value", [0, -1, 1.5, True, "8"])
def test_flag_check_max_workers_is_validated(value):
    with pytest.raises(ValueError, match="flag_check_max_workers must be an int >= 1"):
        Schematic("sk_x", flag_check_max_workers=value)


class SlowTransport(httpx.HTTPTransport):
    """Answers, but only after `delay`: a server that trickles, which httpx's per-read timeouts miss."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        time.sleep(self.delay)
        return super().handle_request(request)


def test_an_answer_slower_than_the_timeout_counts_as_a_failure_and_still_fills_the_cache(server):
    own = httpx.Client(transport=SlowTransport(0.4))
    with Schematic(
        DEFAULT_SECRET_KEY,
        base_url=server.url,
        http_client=own,
        flag_check_timeout=0.2,
        circuit_breaker_threshold=1,
    ) as client:
        assert client.check_flag_with_entitlement("sso", company=ACME).error == "timed out after 0.2s"
        deadline = time.monotonic() + 2
        while client._flight.in_flight() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert client._flags.breaker.state == "open"
        assert client.check_flag_with_entitlement("sso", company=ACME).error is None  # from the cache
    own.close()
