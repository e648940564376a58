"""Events: the caller's cost of track() while the server is slow, and end-to-end delivery rate.

The devserver runs in its own process (so its request handling does not share our GIL), reached
on a real socket; faults are set through its control interface. Both SDKs are measured against the
same server in the same run: this SDK in this process, schematichq under PEER_PYTHON.

* Caller cost: every batch is answered after 500 ms. schematichq flushes on the caller's thread when
  its buffer fills (every 100th call waits for the server); this SDK only validates and enqueues.
  This machine's speed drifts by tens of percent from one second to the next, so the two SDKs are
  measured in interleaved blocks (ours in this process, schematichq in a long-lived peer process)
  and their samples pooled: a slow spell weighs on both sides alike.
* Delivery: events/s from one process, from the first track() until the final flush returned, with
  the count of events the server stored (what was lost shows up as a lower rate).
"""

from __future__ import annotations

import gc
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from _common import PeerSession, median, peer_python, percentile, row, run_peer, write_results

from devserver import DEFAULT_SECRET_KEY
from schematic_ext.client import Schematic

BLOCKS = 30
OURS_CALLS = 2_000  # per block
PEER_CALLS = 100  # per block: one inline flush, 500 ms
DELIVERY_EVENTS = 20_000
LATENCY = 0.5
PERCENTILES = (50, 90, 99, 99.9)


class Server:
    """`python -m devserver` in a child process, driven through its control interface."""

    def __init__(self, tmp: str) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        db = str(Path(tmp) / "bench-events.db")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "devserver", "--port", str(port), "--db", db, "--no-validate-responses"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.http = httpx.Client(base_url=self.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY})
        deadline = time.monotonic() + 30
        while True:
            try:
                self.http.get("/_devserver/stats").raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def reset(self) -> None:
        self.http.delete("/_devserver/faults").raise_for_status()
        self.http.post("/_devserver/reset", json={"data": True}).raise_for_status()

    def slow_batches(self, latency: float) -> None:
        for path in ("/event-batch", "/batch"):
            fault = {"method": "POST", "path": path, "latency": latency, "count": None}
            self.http.post("/_devserver/faults", json=fault).raise_for_status()

    def stored(self) -> int:
        stats: dict[str, Any] = self.http.get("/_devserver/stats").json()
        return int(stats["events_stored"])

    def close(self) -> None:
        self.http.close()
        self.proc.terminate()
        self.proc.wait(10)


def caller_cost(server: Server) -> tuple[list[float], list[float] | None, list[float]]:
    """Per-call µs of track() while every batch takes 500 ms to answer: ours, schematichq's (or None
    without PEER_PYTHON), and the ratio of their medians in each block."""
    client = Schematic(
        DEFAULT_SECRET_KEY,
        base_url=server.url,
        # the slow server must not turn this into an overflow test
        event_max_queue_size=BLOCKS * OURS_CALLS + 10_000,
        event_shutdown_timeout=1.0,
        on_event_error=lambda error, events: None,  # what the 1 s shutdown leaves undelivered
    )
    peer = (
        PeerSession("schematichq_events.py", server.url, DEFAULT_SECRET_KEY, "caller")
        if peer_python()
        else None
    )
    clock = time.perf_counter_ns
    for _ in range(5_000):
        client.track(
            event="some-action", user={"user_id": "u"}, company={"id": "acme"}, traits={}, quantity=1
        )
    ours: list[float] = []
    theirs: list[float] = []
    ratios: list[float] = []
    for _ in range(BLOCKS):
        gc.collect()
        samples = []
        for _ in range(OURS_CALLS):
            start = clock()
            client.track(
                event="some-action", user={"user_id": "u"}, company={"id": "acme"}, traits={}, quantity=1
            )
            samples.append((clock() - start) / 1000)
        ours += samples
        if peer is not None:
            peer_samples = peer.ask(str(PEER_CALLS))["samples_us"]
            theirs += peer_samples
            ratios.append(median(peer_samples) / median(samples))
    client.close()
    if peer is not None:
        peer.close()
    return ours, theirs if peer is not None else None, ratios


def delivery_rate(server: Server) -> tuple[float, int]:
    # The queue holds the whole run: the server ingests more slowly than a loop can enqueue.
    client = Schematic(DEFAULT_SECRET_KEY, base_url=server.url, event_max_queue_size=DELIVERY_EVENTS)
    start = time.perf_counter()
    for i in range(DELIVERY_EVENTS):
        client.track(
            event="some-action", user={"user_id": str(i)}, company={"id": "acme"}, traits={}, quantity=1
        )
    client.flush_events()
    elapsed = time.perf_counter() - start
    client.close()
    stored = server.stored()
    return stored / elapsed, stored


def main() -> None:
    rows = []
    latency: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(tmp)
        try:
            server.reset()
            server.slow_batches(LATENCY)
            ours, peer, ratios = caller_cost(server)

            server.reset()
            our_rate, our_stored = delivery_rate(server)
            server.reset()
            peer_delivery = run_peer(
                "schematichq_events.py", server.url, DEFAULT_SECRET_KEY, "throughput", str(DELIVERY_EVENTS)
            )
            peer_stored = server.stored() if peer_delivery else 0
            peer_rate = peer_stored / peer_delivery["elapsed"] if peer_delivery else None
        finally:
            server.close()

    slow = f"server answers every batch after {LATENCY * 1000:.0f} ms"
    calls = f"{BLOCKS} interleaved blocks of {OURS_CALLS:,} calls (schematichq: {PEER_CALLS:,})"
    per_round = f"; ratio of medians per block {min(ratios):.0f}–{max(ratios):.0f}×" if ratios else ""
    for q, label in ((50, "median"), (99, "p99"), (99.9, "p99.9")):
        ours_q = median(ours) if q == 50 else percentile(ours, q)
        peer_q = None if peer is None else (median(peer) if q == 50 else percentile(peer, q))
        note = f"{slow}; {calls}" + (per_round if q == 50 else "")
        rows.append(row(f"events: track() caller cost, {label}", ours_q, peer_q, "µs", note))
    # The mean is what the calling thread pays per event overall, inline flushes included.
    rows.append(
        row(
            "events: track() caller cost, mean",
            statistics.fmean(ours),
            None if peer is None else statistics.fmean(peer),
            "µs",
            f"{slow}; {calls}",
        )
    )
    rows.append(
        row(
            "events: end-to-end delivery, one process",
            our_rate,
            peer_rate,
            "events/s",
            f"{DELIVERY_EVENTS:,} track() then flush; stored: ours {our_stored:,}, schematichq {peer_stored:,}",
        )
    )
    latency["events: track() while the server is slow"] = {
        "ours": {str(q): percentile(ours, q) for q in PERCENTILES},
        **({"peer": {str(q): percentile(peer, q) for q in PERCENTILES}} if peer else {}),
    }
    write_results("events", rows, latency=latency)


if __name__ == "__main__":
    main()
