"""schematichq's flag checks, run under PEER_PYTHON against the devserver the bench started.

Usage: schematichq_flags.py <devserver_url> <api_key> <mode> <count>
  hit <blocks>      check_flag / check_flag_with_entitlement on a warm LocalCache, µs per call per block
  first <_>         one check while the bench holds the API slow: seconds until it answered
  failing <calls>   checks while the API answers 503: µs per call
  threads <n>       n threads missing the same key at once (the bench counts the requests)
Prints one JSON line. Timed the same way as benchmarks/bench_flags.py.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time

from schematic.client import Schematic, SchematicConfig

FLAG = "bench-flag"
COMPANY = {"id": "acme"}
USER = {"user_id": "u1"}
BLOCK = 100


def client(url: str, api_key: str) -> Schematic:
    logger = logging.getLogger("schematichq-bench")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    return Schematic(api_key, SchematicConfig(base_url=url, logger=logger))


def per_call_blocks(fn, blocks: int) -> list[float]:
    """µs per call, measured over blocks of BLOCK calls (a single call is below the clock's resolution)."""
    clock = time.perf_counter_ns
    samples = []
    for _ in range(blocks):
        start = clock()
        for _ in range(BLOCK):
            fn(FLAG, COMPANY, USER)
        samples.append((clock() - start) / BLOCK / 1000)
    return samples


def hit(sdk: Schematic, blocks: int) -> dict[str, object]:
    assert sdk.check_flag(FLAG, COMPANY, USER) is True  # fills the cache from the API
    per_call_blocks(sdk.check_flag, blocks // 10)  # warm-up
    return {
        "block_us": per_call_blocks(sdk.check_flag, blocks),
        "entitlement_block_us": per_call_blocks(sdk.check_flag_with_entitlement, blocks),
    }


def first(sdk: Schematic) -> dict[str, object]:
    start = time.perf_counter()
    value = sdk.check_flag(FLAG, COMPANY, USER)
    return {"seconds": time.perf_counter() - start, "value": value}


def failing(sdk: Schematic, calls: int) -> dict[str, object]:
    samples = []
    for _ in range(calls):
        start = time.perf_counter_ns()
        sdk.check_flag(FLAG, COMPANY, USER)
        samples.append((time.perf_counter_ns() - start) / 1000)
    return {"samples_us": samples}


def threads(sdk: Schematic, count: int) -> dict[str, object]:
    barrier = threading.Barrier(count)
    values: list[bool] = []

    def worker() -> None:
        barrier.wait()
        values.append(sdk.check_flag(FLAG, COMPANY, USER))

    workers = [threading.Thread(target=worker) for _ in range(count)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return {"values": values}


def main() -> None:
    url, api_key, mode, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    sdk = client(url, api_key)
    try:
        if mode == "hit":
            result = hit(sdk, count)
        elif mode == "first":
            result = first(sdk)
        elif mode == "failing":
            result = failing(sdk, count)
        else:
            result = threads(sdk, count)
    finally:
        sdk.shutdown()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
