"""`AsyncSchematic.initialize()` in replicator mode: its wait for the first Redis read leaves the event loop
running, so other tasks make progress until the replicator answers."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
from datastream_helpers import rule, trait
from schematic_devserver import DEFAULT_SECRET_KEY

from schematic_ext import AsyncSchematic, DataStreamConfig, RedisCache

SLOTS = ("company_cache", "company_lookup_cache", "user_cache", "user_lookup_cache", "flag_cache")
TICKS_BEFORE_RELEASE = 5


@contextmanager
def held_health(upstream: str, release: threading.Event) -> Iterator[str]:
    """A health URL that answers with the replicator's own health only once `release` is set."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            release.wait(10)
            response = httpx.get(upstream, timeout=5)
            self.send_response(response.status_code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(response.content)))
            self.end_headers()
            self.wfile.write(response.content)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/ready"
    finally:
        release.set()
        server.shutdown()
        server.server_close()
        thread.join()


def test_async_initialize_lets_other_tasks_run_while_it_waits_for_the_first_read(
    server, api, prefix, redis_url, start_replicator
):
    acme = api.company("acme", seats=250)
    api.flag("big-accounts", rule(trait("seats", "gte", "50")))
    replicator = start_replicator()
    replicator.wait_ready()
    release = threading.Event()

    async def run(health_url: str) -> tuple[int, bool, str]:
        client = AsyncSchematic(
            DEFAULT_SECRET_KEY,
            base_url=server.url,
            cache_providers=[],
            use_datastream=True,
            datastream=DataStreamConfig(
                replicator_mode=True,
                replicator_health_url=health_url,
                **{slot: RedisCache(url=redis_url, prefix=prefix) for slot in SLOTS},  # type: ignore[arg-type]
            ),
        )
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                if ticks == TICKS_BEFORE_RELEASE:
                    release.set()  # only a loop left running gets here before the health check times out
                await asyncio.sleep(0.01)

        ticking = asyncio.create_task(ticker())
        await asyncio.sleep(0)  # the ticker's first tick, before initialize starts waiting
        await client.initialize()
        ticked_while_waiting = ticks
        ticking.cancel()
        value = await client.check_flag("big-accounts", company=acme)
        state = client.datastream_stats().state
        await client.aclose()
        return ticked_while_waiting, value, state

    with held_health(replicator.health_url, release) as health_url:
        ticked, value, state = asyncio.run(run(health_url))
    assert ticked >= TICKS_BEFORE_RELEASE  # the loop ran, and released the health answer, during the wait
    assert state == "connected"  # the wait ended with the first read, not with the health check's timeout
    assert value is True
    assert "checkFlag" not in server.stats()["requests"]
