"""Shared fixtures: devserver instances on real sockets (see devserver/testing.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from redis_server import running_redis
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer
from schematic_devserver.testing import server_factory


@pytest.fixture
def secret_key() -> str:
    """The devserver's default secret API key."""
    return DEFAULT_SECRET_KEY


@pytest.fixture
def devserver_factory(tmp_path: Path) -> Iterator[Callable[..., DevServer]]:
    """Start DevServers with any DevServer kwargs; all are stopped (and checked for server bugs) at teardown."""
    with server_factory(tmp_path) as start:
        yield start


@pytest.fixture
def devserver(devserver_factory: Callable[..., DevServer]) -> DevServer:
    """A fresh, started DevServer on a temporary database."""
    return devserver_factory()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server for this test session (Redis cache tests, README examples)."""
    with running_redis(tmp_path_factory.mktemp("redis")) as url:
        yield url
