"""Fixtures for the session tests: devserver factories seeded with one flag, in this process or a child."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from schematic_devserver import DevServer
from session_helpers import SEED, ServerProcess


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


@pytest.fixture
def pk_server_process(tmp_path: Path) -> Iterator[Callable[..., ServerProcess]]:
    """``pk_server_process(*cli_args)``: a devserver in a child process, stopped after the test."""
    servers: list[ServerProcess] = []

    def make(*args: str) -> ServerProcess:
        srv = ServerProcess(tmp_path / str(len(servers)), *args)
        servers.append(srv)
        return srv

    yield make
    for srv in servers:
        srv.close()
