"""Single-flight and the hard deadline with real threads, asyncio tasks and fork."""

from __future__ import annotations

import asyncio
import os
import threading
import time

from client_helpers import ACME
from schematic_devserver import DEFAULT_SECRET_KEY

from schematic_ext import AsyncSchematic, Schematic


def check_flag_requests(server) -> int:
    count: int = server.stats()["requests"].get("checkFlag", 0)
    return count


def test_32_threads_missing_the_same_key_make_one_request(server):
    server.faults.add("POST", "/flags/*", latency=0.3, count=None)
    with Schematic(DEFAULT_SECRET_KEY, base_url=server.url) as client:
        barrier = threading.Barrier(32)
        results: list[bool] = []

        def worker() -> None:
            barrier.wait()
            results.append(client.check_flag("sso", company=ACME))

        threads = [threading.Thread(target=worker) for _ in range(32)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == [True] * 32
    assert check_flag_requests(server) == 1


def test_distinct_keys_fly_separately(server):
    with Schematic(DEFAULT_SECRET_KEY, base_url=server.url) as client:
        threads = [
            threading.Thread(target=client.check_flag, args=(flag,), kwargs={"company": ACME})
            for flag in ("sso", "always-on", "always-off")
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert check_flag_requests(server) == 3


def test_32_tasks_missing_the_same_key_make_one_request(server):
    server.faults.add("POST", "/flags/*", latency=0.3, count=None)

    async def main() -> list[bool]:
        async with AsyncSchematic(DEFAULT_SECRET_KEY, base_url=server.url) as client:
            return await asyncio.gather(*(client.check_flag("sso", company=ACME) for _ in range(32)))

    assert asyncio.run(main()) == [True] * 32
    assert check_flag_requests(server) == 1


def test_the_deadline_bounds_the_caller_and_the_background_request(server):
    server.faults.add("POST", "/flags/*", latency=1.0, count=1)
    with Schematic(DEFAULT_SECRET_KEY, base_url=server.url, flag_check_timeout=0.2) as client:
        start = time.monotonic()
        result = client.check_flag_with_entitlement("sso", company=ACME)
        assert time.monotonic() - start < 0.6
        assert result.reason == "default value (timed out after 0.2s)"
        time.sleep(0.4)
        assert client._flight.in_flight() == 0  # the worker gave up too: no thread left hanging
        assert client.check_flag_with_entitlement("sso", company=ACME).value is True
    assert check_flag_requests(server) == 2


def test_async_deadline_cancels_the_request(server):
    server.faults.add("POST", "/flags/*", latency=1.5, count=None)

    async def main() -> tuple[float, str]:
        async with AsyncSchematic(DEFAULT_SECRET_KEY, base_url=server.url, flag_check_timeout=0.2) as client:
            start = time.monotonic()
            result = await client.check_flag_with_entitlement("sso", company=ACME)
            return time.monotonic() - start, result.reason

    elapsed, reason = asyncio.run(main())
    assert elapsed < 1.0
    assert reason == "default value (timed out after 0.2s)"


def test_a_forked_child_checks_flags_with_its_own_workers(server):
    with Schematic(DEFAULT_SECRET_KEY, base_url=server.url, flag_check_timeout=2.0) as client:
        assert client.check_flag("sso", company=ACME) is True  # the parent's pool and connections exist
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            try:
                result = client.check_flag_with_entitlement("always-on", company=ACME)
                os.write(write, f"{result.value}|{result.reason}".encode())
            finally:
                os._exit(0)
        os.close(write)
        with os.fdopen(read) as pipe:
            answer = pipe.read()
        os.waitpid(pid, 0)
    assert answer.startswith("True|")
    assert check_flag_requests(server) == 2
