"""Flag checks: cache-hit cost, a slow or failing API, and single-flight, next to schematichq's.

Both SDKs talk to one in-process devserver. Cache hits are timed in blocks of 100 calls (one call is
below the clock's resolution); the same code times schematichq in benchmarks/peers/schematichq_flags.py.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from _common import median, percentile, row, run_peer, write_results
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import Schematic

FLAG = "bench-flag"
COMPANY = {"id": "acme"}
USER = {"user_id": "u1"}
SEED = {
    "companies": [{"keys": COMPANY, "name": "Acme", "traits": {}}],
    "users": [{"keys": USER, "name": "U", "traits": {}, "company": {"keys": COMPANY}}],
    "flags": [{"key": FLAG, "name": "Bench", "default_value": True}],
}
BLOCK = 100
BLOCKS = 10_000  # 1,000,000 calls
SLOW = 3.0  # seconds the API takes to answer in the "API down" rows
THREADS = 32
PERCENTILES = (50, 90, 99, 99.9)


def per_call_blocks(fn: Callable[..., Any], blocks: int) -> list[float]:
    """µs per call over blocks of BLOCK calls."""
    clock = time.perf_counter_ns
    samples = []
    for _ in range(blocks):
        start = clock()
        for _ in range(BLOCK):
            fn(FLAG, COMPANY, USER)
        samples.append((clock() - start) / BLOCK / 1000)
    return samples


def cache_hits(server: DevServer) -> tuple[list[float], list[float]]:
    with Schematic(DEFAULT_SECRET_KEY, base_url=server.url) as client:
        assert client.check_flag(FLAG, COMPANY, USER) is True  # fills the cache from the API
        per_call_blocks(client.check_flag, BLOCKS // 10)  # warm-up
        hits = per_call_blocks(client.check_flag, BLOCKS)
        detailed = per_call_blocks(client.check_flag_with_entitlement, BLOCKS)
        assert server.stats()["requests"]["checkFlag"] == 1
    return hits, detailed


def first_check_slow_api(server: DevServer) -> tuple[float, float]:
    """Seconds until the first check answers while the API takes SLOW seconds; and the timeout."""
    server.faults.add("POST", "/flags/*", latency=SLOW, count=None)
    with Schematic(DEFAULT_SECRET_KEY, base_url=server.url) as client:
        start = time.perf_counter()
        client.check_flag(FLAG, COMPANY, USER)
        elapsed = time.perf_counter() - start
        timeout = client.config.flag_check_timeout
    server.faults.clear()
    return elapsed, timeout


def breaker_open(server: DevServer) -> list[float]:
    """µs per check once repeated 503s opened the circuit (no cache entry for this context)."""
    server.faults.add("POST", "/flags/*", status=503, count=None)
    with Schematic(DEFAULT_SECRET_KEY, base_url=server.url, circuit_breaker_cooldown=600) as client:
        while client._flags.breaker.state != "open":
            client.check_flag(FLAG, COMPANY, USER)
        before = server.stats()["requests"]["checkFlag"]
        samples = per_call_blocks(client.check_flag, BLOCKS // 10)
        assert server.stats()["requests"]["checkFlag"] == before  # no request while open
    server.faults.clear()
    return samples


def thread_miss(server: DevServer) -> int:
    """HTTP requests made by THREADS threads missing the same key at once (the API takes 200 ms)."""
    server.faults.add("POST", "/flags/*", latency=0.2, count=None)
    server.reset_stats()
    with Schematic(DEFAULT_SECRET_KEY, base_url=server.url) as client:
        barrier = threading.Barrier(THREADS)

        def worker() -> None:
            barrier.wait()
            client.check_flag(FLAG, COMPANY, USER)

        workers = [threading.Thread(target=worker) for _ in range(THREADS)]
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join()
    server.faults.clear()
    count: int = server.stats()["requests"]["checkFlag"]
    return count


def peer(server: DevServer, mode: str, count: int) -> dict[str, Any] | None:
    server.reset_stats()
    return run_peer("schematichq_flags.py", server.url, DEFAULT_SECRET_KEY, mode, str(count))


def main() -> None:
    with DevServer(seed=SEED, validate_responses=False) as server:
        hits, detailed = cache_hits(server)
        peer_hits = peer(server, "hit", BLOCKS)
        first, timeout = first_check_slow_api(server)
        server.faults.add("POST", "/flags/*", latency=SLOW, count=None)
        peer_first = peer(server, "first", 1)
        server.faults.clear()
        open_samples = breaker_open(server)
        server.faults.add("POST", "/flags/*", status=503, count=None)
        peer_failing = peer(server, "failing", 3)
        server.faults.clear()
        ours_requests = thread_miss(server)
        server.faults.add("POST", "/flags/*", latency=0.2, count=None)
        peer_threads = peer(server, "threads", THREADS)
        peer_requests = server.stats()["requests"].get("checkFlag") if peer_threads else None
        server.faults.clear()

    peer_block = peer_hits["block_us"] if peer_hits else None
    peer_detailed = peer_hits["entitlement_block_us"] if peer_hits else None
    hit_note = f"warm LocalCache, company+user of one key each; {BLOCKS * BLOCK:,} calls in blocks of {BLOCK}"
    rows = [
        row(
            "flags: check_flag cache hit, median",
            median(hits),
            peer_block and median(peer_block),
            "µs",
            hit_note,
        ),
        row(
            "flags: check_flag cache hit, p99 (per-block)",
            percentile(hits, 99),
            peer_block and percentile(peer_block, 99),
            "µs",
            hit_note,
        ),
        row(
            "flags: check_flag_with_entitlement cache hit, median",
            median(detailed),
            peer_detailed and median(peer_detailed),
            "µs",
            hit_note,
        ),
        row(
            "flags: first check while the API hangs",
            first * 1000,
            peer_first and peer_first["seconds"] * 1000,
            "ms",
            f"API answers after {SLOW:g} s; our flag_check_timeout is {timeout:g} s",
        ),
        row(
            "flags: check while the API fails (ours: breaker open)",
            median(open_samples),
            peer_failing and median(peer_failing["samples_us"]),
            "µs",
            "every check answered 503; ours after 3 failures opened the circuit, no cached value",
        ),
        row(
            f"flags: {THREADS} threads miss the same key at once",
            ours_requests,
            peer_requests,
            "requests",
            "HTTP requests made; the API takes 200 ms",
        ),
    ]
    latency = {
        "flags: check_flag cache hit (per call, blocks of 100)": {
            "ours": {str(q): percentile(hits, q) for q in PERCENTILES},
            **({"peer": {str(q): percentile(peer_block, q) for q in PERCENTILES}} if peer_block else {}),
        }
    }
    write_results("flags", rows, latency=latency)


if __name__ == "__main__":
    main()
