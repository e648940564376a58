"""Fixtures for the session tests: a devserver factory seeded with one flag."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from schematic_devserver import DevServer
from session_helpers import SEED


@pytest.fixture
def pk_server() -> Iterator[Callable[..., DevServer]]:
    """``pk_server(**devserver_kwargs)``: a started devserver seeded with one flag, closed after the test."""
    servers: list[DevServer] = []

    def make(**kwargs: Any) -> DevServer:
        srv = DevServer(seed=SEED, **kwargs)
        srv.start()
        servers.append(srv)
        return srv

    yield make
    for srv in servers:
        srv.close()
