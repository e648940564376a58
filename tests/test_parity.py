"""Each async client has its sync twin's methods, as coroutines with the same parameters.

The known differences are listed below with their reasons; anything else is drift. The last test holds
`aclose()` to what `close()` does with the flag-check requests still in flight.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import time
from typing import Any

import pytest
from schematic_api.api import TAGS, AsyncResources, SyncResources
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import AsyncEventClient, AsyncSchematic, EventClient, Schematic

# The sync name -> the async twin's name, where they differ.
RENAMED = {
    "close": "aclose",  # asyncio's convention (contextlib.aclosing), so it cannot be mistaken for close()
    "__enter__": "__aenter__",
    "__exit__": "__aexit__",
}
# Plain methods on the async twins too: snapshots of counters, read without waiting (metrics, logs, repr).
NOT_COROUTINES = {"datastream_stats", "event_stats", "stats"}


def methods(cls: type) -> dict[str, Any]:
    """Public methods (and the context-manager dunders and __init__) by name."""
    dunders = {"__init__", "__enter__", "__exit__", "__aenter__", "__aexit__"}
    return {
        name: member
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") or name in dunders
    }


def parameters(function: Any) -> list[tuple[str, Any, Any]]:
    """Names, kinds and defaults: what a caller relies on (annotations differ by Awaitable)."""
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


def assert_twins(sync_cls: type, async_cls: type) -> None:
    sync, asynchronous = methods(sync_cls), methods(async_cls)
    expected = {RENAMED.get(name, name) for name in sync}
    assert set(asynchronous) == expected, f"{async_cls.__name__} differs from {sync_cls.__name__}"
    for name, function in sync.items():
        twin = asynchronous[RENAMED.get(name, name)]
        where = f"{async_cls.__name__}.{twin.__name__}"
        assert parameters(twin) == parameters(function), where
        if name == "__init__" or name in NOT_COROUTINES:
            assert not inspect.iscoroutinefunction(twin), where
        else:
            assert inspect.iscoroutinefunction(twin), f"{where} is not a coroutine function"
            assert not inspect.iscoroutinefunction(function), f"{sync_cls.__name__}.{name} is async"


@pytest.mark.parametrize(
    ("sync_cls", "async_cls"),
    [(Schematic, AsyncSchematic), (EventClient, AsyncEventClient)],
    ids=["Schematic", "EventClient"],
)
def test_the_async_client_is_its_sync_twin_with_coroutines(sync_cls: type, async_cls: type) -> None:
    assert_twins(sync_cls, async_cls)


def resource_class(mixin: type, tag: str) -> type:
    """The class a resource attribute builds (named by its return annotation), from its own module."""
    name = mixin.__dict__[tag].func.__annotations__["return"].strip("'\"")
    cls: type = getattr(importlib.import_module(f"schematic_api.api.{tag}"), name)
    return cls


@pytest.mark.parametrize("tag", TAGS)
def test_every_api_resource_has_an_async_twin(tag: str) -> None:
    assert tag in vars(SyncResources) and tag in vars(AsyncResources)
    assert_twins(resource_class(SyncResources, tag), resource_class(AsyncResources, tag))


async def test_aclose_cancels_the_flag_check_requests_in_flight(devserver: DevServer) -> None:
    """Like close(), aclose() stops the flag-check fetches; their callers get the fallback at once."""
    devserver.faults.add("POST", "/flags/*/check", latency=2, count=None)
    client = AsyncSchematic(DEFAULT_SECRET_KEY, base_url=devserver.url, flag_check_timeout=5.0)
    await client.set_flag_default("flag-0", True)
    checks = [asyncio.create_task(client.check_flag(f"flag-{i}", company={"id": "acme"})) for i in range(3)]
    while client._flight.in_flight() < 3:
        await asyncio.sleep(0.01)
    fetches = list(client._flight._calls.values())
    started = time.monotonic()
    await client.aclose()
    assert all(fetch.cancelled() for fetch in fetches)
    assert await asyncio.gather(*checks) == [True, False, False]  # set_flag_default, then False
    assert time.monotonic() - started < 1.0  # not the 2 s the server takes
    assert client._flight.in_flight() == 0
