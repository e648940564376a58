"""Connection pools sized to the work: keep-alive limits for many threads, counted at the server, and
a user's own httpx client used exactly as built."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
import pytest
from client_helpers import ACME, SEED
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import AsyncSchematic, Schematic
from schematic_ext._base_client import DEFAULT_HTTP_LIMITS, ClientOptions, SyncApiClient

THREADS = 50
FLAGS = [f"busy-{i}" for i in range(THREADS)]


def pool_limits(http: httpx.Client | httpx.AsyncClient) -> tuple[int, int]:
    """(max connections, max keep-alive) of an httpx client's default transport."""
    pool = http._transport._pool  # type: ignore[union-attr]
    return pool._max_connections, pool._max_keepalive_connections


@pytest.fixture
def busy_server(devserver_factory: Callable[..., DevServer]) -> DevServer:
    flags = [{"key": key, "name": key, "default_value": True} for key in FLAGS]
    return devserver_factory(seed={**SEED, "flags": [*SEED["flags"], *flags]})


@pytest.mark.slow
def test_50_threads_checking_flags_for_5s_reuse_their_connections(busy_server):
    # Connection reuse is the subject, not latency: a generous timeout keeps a loaded machine's slow
    # answers from turning into fallbacks.
    with Schematic(
        DEFAULT_SECRET_KEY, base_url=busy_server.url, cache_providers=[], flag_check_timeout=10.0
    ) as client:
        client.check_flag("sso", company=ACME)  # the first request opens the pool
        busy_server.reset_stats()
        stop = time.monotonic() + 5.0
        answers: list[int] = []

        def worker(flag: str) -> None:
            count = 0
            while time.monotonic() < stop:
                assert client.check_flag_with_entitlement(flag, company=ACME).error is None
                count += 1
            answers.append(count)

        threads = [threading.Thread(target=worker, args=(flag,)) for flag in FLAGS]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert client._flags.breaker.state == "closed"
    stats = busy_server.stats()
    assert sum(answers) == stats["requests"]["checkFlag"] >= THREADS * 10
    assert stats["connections"] <= 60


def test_the_sdks_own_clients_keep_100_connections_alive(make_client, flavor):
    client = make_client("sk_x")
    assert pool_limits(client.target._api._client()) == (
        DEFAULT_HTTP_LIMITS.max_connections or 2**63 - 1,
        100,
    )


def test_the_event_pipelines_own_client_has_the_same_limits():
    limits = httpx.Limits(max_connections=30, max_keepalive_connections=20)
    api = SyncApiClient(ClientOptions(base_url="http://127.0.0.1:1", auth=httpx.Auth(), limits=limits))
    assert pool_limits(api._client()) == (30, 20)
    api.close()


async def test_async_schematic_gives_its_event_client_the_limits():
    limits = httpx.Limits(max_connections=40, max_keepalive_connections=40)
    async with AsyncSchematic("sk_x", http_limits=limits, event_flush_interval=60) as client:
        assert pool_limits(client._api._client()) == (40, 40)
        assert client._events._api.options.limits == limits  # events go out from a thread, sync


def test_http_limits_can_be_set(make_client):
    limits = httpx.Limits(max_connections=10, max_keepalive_connections=5)
    client = make_client("sk_x", http_limits=limits)
    assert pool_limits(client.target._api._client()) == (10, 5)


@pytest.mark.parametrize("value", [100, {"max_connections": 10}, "x"])
def test_http_limits_is_validated(value):
    with pytest.raises(TypeError, match="http_limits"):
        Schematic("sk_x", http_limits=value)


def test_a_users_own_client_is_used_as_built(server):
    own_limits = httpx.Limits(max_connections=7, max_keepalive_connections=3)
    own = httpx.Client(limits=own_limits)
    transport = own._transport
    with Schematic(
        DEFAULT_SECRET_KEY,
        base_url=server.url,
        http_client=own,
        http_limits=httpx.Limits(max_keepalive_connections=50),
    ) as client:
        assert client.check_flag("sso", company=ACME) is True
        assert client._api._http is own
        assert own._transport is transport
        assert pool_limits(own) == (7, 3)
    assert not own.is_closed  # the user's client is theirs to close
    own.close()


async def test_a_users_own_async_client_is_used_as_built(server):
    own = httpx.AsyncClient(limits=httpx.Limits(max_connections=7, max_keepalive_connections=3))
    transport = own._transport
    async with AsyncSchematic(DEFAULT_SECRET_KEY, base_url=server.url, http_client=own) as client:
        assert await client.check_flag("sso", company=ACME) is True
        assert client._api._http is own
        assert own._transport is transport
        assert pool_limits(own) == (7, 3)
    assert not own.is_closed
    await own.aclose()
