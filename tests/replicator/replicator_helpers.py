"""What the replicator tests share: the replicator as a real process, SDK worker processes, redis-server
on a chosen port, and REST writes (the datastream tests' `Api`)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import httpx
import redis
from redis_server import REDIS_SERVER
from schematic_devserver import DEFAULT_SECRET_KEY

HERE = Path(__file__).resolve().parent
WAIT = 20.0  # a deadline for the replicator to deliver, never a measure of speed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until(predicate: Any, timeout: float = WAIT) -> Any:
    """Poll `predicate` until it returns something truthy; AssertionError at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout}s: {predicate}")
        time.sleep(0.02)


@contextmanager
def redis_on(port: int, directory: Path) -> Iterator[str]:
    """redis-server on `port` (the replicator may be started before it); yields its URL once it answers."""
    process = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=directory,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:

        def answers() -> bool:
            try:
                with redis.Redis.from_url(url, socket_timeout=0.5) as probe:
                    return bool(probe.ping())
            except redis.ConnectionError:
                assert process.poll() is None, "redis-server exited"
                return False

        wait_until(answers)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


class Replicator:
    """``python -m schematic_ext._replicator`` with settings from the environment; logs to a file."""

    def __init__(self, log_path: Path, port: int | None = None, **settings: str) -> None:
        self.port = free_port() if port is None else port
        self.env = {
            **os.environ,
            "SCHEMATIC_API_KEY": DEFAULT_SECRET_KEY,
            "SCHEMATIC_HEALTH_HOST": "127.0.0.1",
            "SCHEMATIC_HEALTH_PORT": str(self.port),
            **settings,
        }
        self.log_path = log_path
        self._log: IO[bytes] = log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "schematic_ext._replicator"], env=self.env, stderr=self._log
        )

    @property
    def health_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/ready"

    def health(self) -> httpx.Response | None:
        """The health endpoint's answer, or None while it is not listening yet."""
        assert self.process.poll() is None, f"the replicator exited: {self.log()}"
        try:
            return httpx.get(self.health_url, timeout=5)
        except httpx.TransportError:
            return None

    def wait_ready(self) -> dict[str, Any]:
        def ready() -> dict[str, Any] | None:
            response = self.health()
            body: dict[str, Any] | None = response.json() if response is not None else None
            return body if body and body["ready"] else None

        return dict(wait_until(ready))

    def log(self) -> str:
        return self.log_path.read_text()

    def stop(self) -> int:
        """SIGTERM, and its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=30)
        self._log.close()
        return code


class Worker:
    """One SDK process in replicator mode (`replica_worker.py`), driven over its stdin and stdout."""

    def __init__(self, base_url: str, redis_url: str, prefix: str, health_url: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "replica_worker.py"), base_url, redis_url, prefix, health_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._read() == {"started": True}

    def _read(self) -> Any:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, f"the worker exited ({self.process.poll()})"
        return json.loads(line)

    def _ask(self, command: dict[str, Any]) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        return self._read()

    def check(self, flag: str, company: dict[str, str] | None = None) -> dict[str, Any]:
        answer: dict[str, Any] = self._ask({"op": "check", "flag": flag, "company": company})
        return answer

    def stats(self) -> dict[str, Any]:
        answer: dict[str, Any] = self._ask({"op": "stats"})
        return answer

    def close(self) -> int:
        assert self.process.stdin is not None
        self.process.stdin.close()
        return self.process.wait(timeout=30)
