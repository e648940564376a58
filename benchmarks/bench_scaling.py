"""How cost grows with concurrency: delivery rate against producer threads, check_flag against threads.

The devserver runs in its own process (its request handling does not share our GIL), both SDKs against
the same server in one run, alternating per point so a slow spell of the machine weighs on both.

* Delivery: 20,000 track() calls split across P producer threads sharing one client, from the first
  call until the final flush returned; events/s counts what the server stored.
* check_flag: T threads share one client with the result cache off, each checking its own companies,
  so every check is a round trip; checks/s over the whole run.
"""

from __future__ import annotations

import tempfile
import threading
import time

from _common import Server, row, run_peer, scaling_chart, write_results
from schematic_devserver import DEFAULT_SECRET_KEY

from schematic_ext._client import Schematic

PRODUCERS = (1, 2, 4, 8, 16)
DELIVERY_EVENTS = 20_000
CHECK_THREADS = (1, 4, 16, 64)
CHECKS = 2_000
FLAG = "bench-flag"


def run_threads(count: int, work: int, body: object) -> float:
    """Seconds for `count` threads to do `work` calls of `body(thread, i)` between them, started together."""
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


def delivery(server: Server, producers: int) -> float:
    """Events stored per second with `producers` threads calling track() on one client."""
    client = Schematic(
        DEFAULT_SECRET_KEY,
        base_url=server.url,
        event_max_queue_size=DELIVERY_EVENTS,
        on_event_error=lambda error, events: None,  # what is lost shows up as fewer events stored
    )

    def track(thread: int, i: int) -> None:
        client.track(event="some-action", user={"user_id": f"{thread}-{i}"}, company={"id": "acme"})

    start = time.perf_counter()
    run_threads(producers, DELIVERY_EVENTS, track)
    client.flush_events()
    elapsed = time.perf_counter() - start
    client.close()
    return server.stored() / elapsed


def checks(server: Server, threads: int) -> float:
    """Round-trip checks per second with `threads` threads sharing one client, result cache off."""
    client = Schematic(DEFAULT_SECRET_KEY, base_url=server.url, cache_providers=[])
    client.check_flag(FLAG, company={"id": "warm-up"})

    def check(thread: int, i: int) -> None:
        client.check_flag(FLAG, company={"id": f"c{thread}-{i % 50}"})

    elapsed = run_threads(threads, CHECKS, check)
    client.close()
    return (CHECKS // threads * threads) / elapsed


def peer(server: Server, mode: str, threads: int, work: int) -> float | None:
    """The same measure for schematichq (benchmarks/peers/schematichq_scaling.py), or None without it."""
    result = run_peer("schematichq_scaling.py", server.url, DEFAULT_SECRET_KEY, mode, str(threads), str(work))
    if result is None:
        return None
    if mode == "delivery":
        return server.stored() / float(result["elapsed"])
    return float(result["per_second"])


def main() -> None:
    produced: dict[str, dict[float, float]] = {"schematic-ext": {}, "schematichq": {}}
    checked: dict[str, dict[float, float]] = {"schematic-ext": {}, "schematichq": {}}
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(tmp)
        try:
            server.http.post(
                "/flags", json={"key": FLAG, "name": "Bench", "default_value": False, "flag_type": "boolean"}
            )
            for producers in PRODUCERS:
                server.reset()
                produced["schematic-ext"][producers] = delivery(server, producers)
                server.reset()
                if (rate := peer(server, "delivery", producers, DELIVERY_EVENTS)) is not None:
                    produced["schematichq"][producers] = rate
            server.http.post(
                "/flags", json={"key": FLAG, "name": "Bench", "default_value": False, "flag_type": "boolean"}
            )
            for threads in CHECK_THREADS:
                checked["schematic-ext"][threads] = checks(server, threads)
                if (rate := peer(server, "checks", threads, CHECKS)) is not None:
                    checked["schematichq"][threads] = rate
        finally:
            server.close()

    rows = []
    for producers in PRODUCERS:
        rows.append(
            row(
                f"scaling: delivery, {producers} producer thread{'s' if producers > 1 else ''}",
                produced["schematic-ext"][producers],
                produced["schematichq"].get(producers),
                "events/s",
                f"{DELIVERY_EVENTS:,} track() calls on one client, until the final flush"
                if producers == 1
                else "",
            )
        )
    for threads in CHECK_THREADS:
        rows.append(
            row(
                f"scaling: check_flag round trips, {threads} thread{'s' if threads > 1 else ''}",
                checked["schematic-ext"][threads],
                checked["schematichq"].get(threads),
                "checks/s",
                "one client, result cache off, the devserver in its own process" if threads == 1 else "",
            )
        )
    write_results("scaling", rows)
    scaling_chart(
        "delivery_threads.png",
        "event delivery vs producer threads",
        "producer threads",
        "events stored per second (log)",
        produced,
    )
    scaling_chart(
        "check_threads.png",
        "check_flag round trips vs threads",
        "threads sharing one client",
        "checks per second (log)",
        checked,
    )


if __name__ == "__main__":
    main()
