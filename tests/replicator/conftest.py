"""Fixtures for the replicator tests: a devserver, REST writes, a key prefix per test on the session's
redis-server, and replicator processes stopped (and checked for a clean exit) at teardown."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import redis
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "datastream"))
from datastream_helpers import Api
from replicator_helpers import Replicator


@pytest.fixture
def server(devserver: DevServer) -> DevServer:
    return devserver


@pytest.fixture
def api(server: DevServer) -> Iterator[Api]:
    with httpx.Client(
        base_url=server.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}, timeout=10
    ) as client:
        yield Api(client)


@pytest.fixture
def prefix(request: pytest.FixtureRequest) -> str:
    """A key prefix per test, so tests sharing the session's redis-server do not see each other."""
    return f"t-{request.node.name}".replace("[", "-").replace("]", "")


@pytest.fixture
def rdb(redis_url: str) -> Iterator[redis.Redis]:
    with redis.Redis.from_url(redis_url) as client:
        yield client


@pytest.fixture
def start_replicator(
    server: DevServer, redis_url: str, prefix: str, tmp_path: Path
) -> Iterator[Callable[..., Replicator]]:
    """Start replicators on the devserver, the session's Redis and the test's prefix (settings as
    environment variables override those); each is stopped with SIGTERM and must exit 0."""
    started: list[Replicator] = []

    def start(port: int | None = None, **settings: str) -> Replicator:
        env = {
            "SCHEMATIC_BASE_URL": server.url,
            "SCHEMATIC_REDIS_URL": redis_url,
            "SCHEMATIC_REDIS_PREFIX": prefix,
            "SCHEMATIC_RELIST_INTERVAL": "0.5",
            **settings,
        }
        replicator = Replicator(tmp_path / f"replicator-{len(started)}.log", port, **env)
        started.append(replicator)
        return replicator

    yield start
    for replicator in started:
        code = replicator.stop()
        assert code == 0, replicator.log()
        assert "Traceback" not in replicator.log(), replicator.log()
