"""schematichq under concurrency, run under PEER_PYTHON: the peer side of benchmarks/bench_scaling.py.

Usage: schematichq_scaling.py <devserver_url> <api_key> delivery|checks <threads> <work>
  delivery   <work> track() calls split across <threads> threads on one client, then shutdown()
  checks     <work> check_flag calls split across <threads> threads, result cache off
Prints one JSON line.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time

from schematic.client import Schematic, SchematicConfig

FLAG = "bench-flag"


def client(url: str, api_key: str, **config: object) -> Schematic:
    logger = logging.getLogger("schematichq-bench")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    return Schematic(api_key, SchematicConfig(base_url=url, event_capture_url=url, logger=logger, **config))


def run_threads(count: int, work: int, body: object) -> float:
    barrier = threading.Barrier(count + 1)
    share = work // count

    def worker(thread: int) -> None:
        barrier.wait()
        for i in range(share):
            body(thread, i)  # type: ignore[operator]

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(count)]
    for thread in workers:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in workers:
        thread.join()
    return time.perf_counter() - start


def main() -> None:
    url, api_key, mode, threads, work = (
        sys.argv[1],
        sys.argv[2],
        sys.argv[3],
        int(sys.argv[4]),
        int(sys.argv[5]),
    )
    if mode == "delivery":
        sdk = client(url, api_key)

        def track(thread: int, i: int) -> None:
            sdk.track(event="some-action", user={"user_id": f"{thread}-{i}"}, company={"id": "acme"})

        start = time.perf_counter()
        run_threads(threads, work, track)
        sdk.shutdown()  # the final flush
        print(json.dumps({"elapsed": time.perf_counter() - start}))
        return
    sdk = client(url, api_key, cache_providers=[])
    sdk.check_flag(FLAG, {"id": "warm-up"})

    def check(thread: int, i: int) -> None:
        sdk.check_flag(FLAG, {"id": f"c{thread}-{i % 50}"})

    elapsed = run_threads(threads, work, check)
    sdk.shutdown()
    print(json.dumps({"per_second": work // threads * threads / elapsed}))


if __name__ == "__main__":
    main()
