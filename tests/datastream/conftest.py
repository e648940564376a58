"""Fixtures for the datastream tests: a devserver, both client flavours with datastream on, REST writes."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import AsyncSchematic, Schematic

# The client tests' facade, which drives both flavours through one sync interface.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "client"))
from client_helpers import Facade
from datastream_helpers import Api, cond, metric, rule, trait


@pytest.fixture
def server(devserver: DevServer) -> DevServer:
    return devserver


@pytest.fixture
def api(server: DevServer) -> Iterator[Api]:
    """REST writes to the devserver (companies, users, flags and their rules, events)."""
    with httpx.Client(
        base_url=server.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}, timeout=10
    ) as client:
        yield Api(client)


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    """Run the test once with `Schematic`, once with `AsyncSchematic`."""
    param: str = request.param
    return param


@pytest.fixture
def make_client(flavor: str, server: DevServer) -> Iterator[Callable[..., Facade]]:
    """Clients of the current flavour on the devserver, datastream on unless told; closed at teardown."""
    loop = asyncio.new_event_loop() if flavor == "async" else None
    made: list[Facade] = []

    def make(**kwargs: Any) -> Facade:
        kwargs.setdefault("base_url", server.url)
        kwargs.setdefault("use_datastream", True)
        kwargs.setdefault("event_flush_interval", 0.2)
        if loop is None:
            facade = Facade(Schematic(DEFAULT_SECRET_KEY, **kwargs), None)
        else:
            facade = Facade(loop.run_until_complete(_make_async(**kwargs)), loop)
        made.append(facade)
        return facade

    yield make
    for facade in made:
        if loop is None:
            facade.target.close()
        else:
            facade.run(facade.target.aclose())
    if loop is not None:
        loop.close()


async def _make_async(**kwargs: Any) -> AsyncSchematic:
    return AsyncSchematic(DEFAULT_SECRET_KEY, **kwargs)


@pytest.fixture
def world(api: Api) -> dict[str, Any]:
    """Two companies, two users, and a flag per kind of rule."""
    acme = api.company("acme", seats=250, tier="gold")
    globex = api.company("globex", seats=5, tier="silver")
    ada = api.user("ada", role="admin")
    bob = api.user("bob", role="member")
    flags = {
        "by-trait": api.flag("by-trait", rule(trait("seats", "gte", "50"))),
        "by-user-trait": api.flag("by-user-trait", rule(trait("role", "eq", "admin"))),
        "by-company": api.flag("by-company", rule(cond("company", resource_ids=["globex"]))),
        "by-user": api.flag("by-user", rule(cond("user", resource_ids=["bob"])), default=True),
        "by-metric": api.flag("by-metric", rule(metric("api-call", "lt", 3))),
        "plain": api.flag("plain", default=True),
    }
    api.track(globex, "api-call", 5)
    return {"companies": [acme, globex], "users": [ada, bob], "flags": flags}
