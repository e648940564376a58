"""Helpers behind the pytest fixtures in tests/conftest.py, usable from any test suite."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from schematic_devserver.server import DevServer

__all__ = ["assert_no_server_errors", "server_factory"]


def assert_no_server_errors(server: DevServer) -> None:
    """Fail when the server answered outside its contract or crashed (both are devserver bugs)."""
    errors = server.errors
    assert not errors, f"devserver bugs (see the ERROR log): {errors}"


@contextmanager
def server_factory(tmp_path: Path) -> Iterator[Callable[..., DevServer]]:
    """Yield a function that starts DevServers (temp DB under ``tmp_path`` by default); all closed on exit."""
    started: list[DevServer] = []

    def start(**kwargs: Any) -> DevServer:
        kwargs.setdefault("db_path", tmp_path / f"devserver-{len(started)}.db")
        server = DevServer(**kwargs)
        started.append(server)
        return server.start()

    try:
        yield start
    finally:
        for server in started:
            server.close()
        for server in started:
            assert_no_server_errors(server)
