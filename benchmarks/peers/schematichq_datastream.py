"""schematichq's AsyncSchematic in datastream mode, run under PEER_PYTHON against the devserver the bench started.

Usage: schematichq_datastream.py <devserver_url> <api_key> <flag> <company_prefix> <companies> <blocks>
  first checks: one check each of <companies> companies not yet held (a socket round trip each), ms
  warm checks:  check_flag of one held company in <blocks> blocks of 100 calls, µs per call per block
Prints one JSON line. Timed the same way as benchmarks/bench_datastream.py.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time

from schematic.client import AsyncSchematic, AsyncSchematicConfig

BLOCK = 100


async def main(
    url: str, api_key: str, flag: str, prefix: str, companies: int, blocks: int
) -> dict[str, object]:
    logger = logging.getLogger("schematichq-bench")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    config = AsyncSchematicConfig(base_url=url, event_capture_url=url, use_datastream=True, logger=logger)
    client = AsyncSchematic(api_key, config)
    await client.initialize()
    datastream = client._datastream_client
    assert datastream is not None
    deadline = time.monotonic() + 30
    while not (datastream.is_connected() and await datastream.get_flag(flag) is not None):
        if time.monotonic() > deadline:
            raise RuntimeError("schematichq's datastream never loaded the flags")
        await asyncio.sleep(0.01)
    first = []
    for i in range(companies):
        keys = {"domain": f"{prefix}{i}.test"}
        start = time.perf_counter()
        await client.check_flag(flag, company=keys)
        first.append((time.perf_counter() - start) * 1000)
    held = {"domain": f"{prefix}0.test"}
    value = await client.check_flag(flag, company=held)
    clock = time.perf_counter_ns
    warm = []
    for _ in range(blocks):
        start = clock()
        for _ in range(BLOCK):
            await client.check_flag(flag, company=held)
        warm.append((clock() - start) / BLOCK / 1000)
    await client.shutdown()
    return {"first_ms": first, "warm_block_us": warm, "value": value}


if __name__ == "__main__":
    url, key, flag, prefix, count, blocks = sys.argv[1:7]
    print(json.dumps(asyncio.run(main(url, key, flag, prefix, int(count), int(blocks)))))
