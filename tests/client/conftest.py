"""Fixtures for the client tests: a seeded devserver, both client flavours behind one sync facade, Redis."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from client_helpers import SEED, Facade
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import AsyncSchematic, Schematic


@pytest.fixture
def server(devserver_factory: Callable[..., DevServer]) -> DevServer:
    """A devserver seeded with two companies, a user and three flags."""
    return devserver_factory(seed=SEED)


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    """Run the test once with `Schematic`, once with `AsyncSchematic`."""
    param: str = request.param
    return param


@pytest.fixture
def make_client(flavor: str) -> Iterator[Callable[..., Facade]]:
    """Build clients of the current flavour (secret key of the devserver unless given); closed at teardown."""
    loop = asyncio.new_event_loop() if flavor == "async" else None
    made: list[Facade] = []

    def make(*args: Any, **kwargs: Any) -> Facade:
        if not args:
            args = (DEFAULT_SECRET_KEY,)
        if loop is None:
            facade = Facade(Schematic(*args, **kwargs), None)
        else:
            facade = Facade(loop.run_until_complete(_make_async(*args, **kwargs)), loop)
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


async def _make_async(*args: Any, **kwargs: Any) -> AsyncSchematic:
    return AsyncSchematic(*args, **kwargs)
