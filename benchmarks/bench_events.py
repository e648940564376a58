"""Events: the caller's cost of track() while the server is slow, and end-to-end delivery rate.

The devserver runs in its own process (so its request handling does not share our GIL), reached
on a real socket; faults are set through its control interface. Both SDKs are measured against the
same server in the same run: this SDK in this process, schematichq under PEER_PYTHON.

* Caller cost: every batch is answered after 500 ms. schematichq flushes on the caller's thread when
  its buffer fills (every 100th call waits for the server); this SDK only validates and enqueues.
  Two call shapes, both sides alike: the call of schematichq's docs (event, user, company) and the
  same with ``traits={}`` and ``quantity=1``.
  This machine's speed drifts by tens of percent from one second to the next, so the two SDKs are
  measured in interleaved blocks (ours in this process, schematichq in a long-lived peer process)
  and their samples pooled: a slow spell weighs on both sides alike.
* Delivery: events/s from one process, from the first track() until the final flush returned, with
  the count of events the server stored (what was lost shows up as a lower rate); three alternating
  rounds per SDK. Then the same through faults (30 % of batches 503, 10 % stored and then dropped
  unanswered), with the time to drain 10,000 events.
"""

from __future__ import annotations

import dataclasses
import gc
import statistics
import tempfile
import time

from _common import PeerSession, Server, median, peer_python, percentile, row, run_peer, write_results
from schematic_devserver import DEFAULT_SECRET_KEY

from schematic_ext import EventClient
from schematic_ext._client import Schematic

BLOCKS = 40  # alternating the two call shapes
OURS_CALLS = 2_000  # per block
PEER_CALLS = 100  # per block: one inline flush, 500 ms
EVENT_CLIENT_CALLS = 20_000
DELIVERY_EVENTS = 20_000
DELIVERY_ROUNDS = 3
FAULTY_EVENTS = 10_000
LATENCY = 0.5
PERCENTILES = (50, 90, 99, 99.9)


def docs_call(client: Schematic, calls: int) -> list[float]:
    """Per-call µs of track() as schematichq's docs write it: an event, a user and a company."""
    clock = time.perf_counter_ns
    samples = []
    for _ in range(calls):
        start = clock()
        client.track(event="some-action", user={"user_id": "u"}, company={"id": "acme"})
        samples.append((clock() - start) / 1000)
    return samples


def full_call(client: Schematic, calls: int) -> list[float]:
    """The same with every argument given (empty traits, a quantity)."""
    clock = time.perf_counter_ns
    samples = []
    for _ in range(calls):
        start = clock()
        client.track(
            event="some-action", user={"user_id": "u"}, company={"id": "acme"}, traits={}, quantity=1
        )
        samples.append((clock() - start) / 1000)
    return samples


SHAPES = {"docs": docs_call, "full": full_call}


@dataclasses.dataclass
class CallerCost:
    """Per-call µs for one call shape: ours, schematichq's, and the ratio of their medians per block."""

    ours: list[float] = dataclasses.field(default_factory=list)
    peer: list[float] = dataclasses.field(default_factory=list)
    ratios: list[float] = dataclasses.field(default_factory=list)


def caller_cost(server: Server) -> dict[str, CallerCost]:
    """track() while every batch takes 500 ms to answer, both call shapes, in interleaved blocks."""
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
    for measure in SHAPES.values():
        measure(client, 2_500)  # warm-up
    results = {shape: CallerCost() for shape in SHAPES}
    for block in range(BLOCKS):
        shape = list(SHAPES)[block % len(SHAPES)]
        gc.collect()
        samples = SHAPES[shape](client, OURS_CALLS)
        result = results[shape]
        result.ours += samples
        if peer is not None:
            peer_samples = peer.ask(f"{PEER_CALLS} {shape}")["samples_us"]
            result.peer += peer_samples
            result.ratios.append(median(peer_samples) / median(samples))
    client.close()
    if peer is not None:
        peer.close()
    return results


def event_client_cost(server: Server) -> list[float]:
    """Per-call µs of the SegOps-style EventClient.track() against the same slow server (ours only:
    the SegOps SDK is not installable here)."""
    client = EventClient(
        server.url,
        DEFAULT_SECRET_KEY,
        max_queue_size=EVENT_CLIENT_CALLS + 10_000,
        shutdown_timeout=1.0,
        on_error=lambda error, events: None,
    )
    clock = time.perf_counter_ns
    samples: list[float] = []
    for measured in (False, True):
        gc.collect()
        for _ in range(EVENT_CLIENT_CALLS if measured else 5_000):
            start = clock()
            client.track(user_id="u", event_type="some-action", payload={"plan": "pro"})
            if measured:
                samples.append((clock() - start) / 1000)
    client.close()
    return samples


def delivery_rate(server: Server, events: int) -> tuple[float, int, float]:
    """(events stored per second, events stored, seconds) from the first track() to the last delivery."""
    # The queue holds the whole run: the server ingests more slowly than a loop can enqueue.
    client = Schematic(
        DEFAULT_SECRET_KEY,
        base_url=server.url,
        event_max_queue_size=events,
        on_event_error=lambda error, events: None,  # what is lost shows up as fewer events stored
    )
    start = time.perf_counter()
    for i in range(events):
        client.track(
            event="some-action", user={"user_id": str(i)}, company={"id": "acme"}, traits={}, quantity=1
        )
    client.flush_events()
    elapsed = time.perf_counter() - start
    client.close()
    stored = server.stored()
    return stored / elapsed, stored, elapsed


def peer_delivery_rate(server: Server, events: int) -> tuple[float | None, int, float | None]:
    """The same for schematichq (its final flush is shutdown()), or Nones without a peer."""
    result = run_peer("schematichq_events.py", server.url, DEFAULT_SECRET_KEY, "throughput", str(events))
    if not result:
        return None, 0, None
    stored = server.stored()
    return stored / result["elapsed"], stored, result["elapsed"]


def main() -> None:
    rows = []
    latency: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(tmp)
        try:
            server.reset()
            server.slow_batches(LATENCY)
            costs = caller_cost(server)
            server.reset()
            server.slow_batches(LATENCY)
            segops_style = event_client_cost(server)

            # Delivery, alternating the two SDKs so that a slow spell of the machine weighs on both.
            clean: dict[str, list[tuple[float | None, int, float | None]]] = {"ours": [], "peer": []}
            for _ in range(DELIVERY_ROUNDS):
                server.reset()
                clean["ours"].append(delivery_rate(server, DELIVERY_EVENTS))
                server.reset()
                clean["peer"].append(peer_delivery_rate(server, DELIVERY_EVENTS))
            server.reset()
            server.faulty_batches()
            faulty_ours = delivery_rate(server, FAULTY_EVENTS)
            server.reset()
            server.faulty_batches()
            faulty_peer = peer_delivery_rate(server, FAULTY_EVENTS)
        finally:
            server.close()

    slow = f"server answers every batch after {LATENCY * 1000:.0f} ms"
    blocks = f"{BLOCKS // len(SHAPES)} blocks of {OURS_CALLS:,} calls (schematichq: {PEER_CALLS:,})"
    docs, full = costs["docs"], costs["full"]
    have_peer = peer_python() is not None
    for cost, label in ((docs, "the docs' call"), (full, "+ traits, quantity")):
        per_block = (
            f"; ratio of medians per block {min(cost.ratios):.0f}–{max(cost.ratios):.0f}×"
            if cost.ratios
            else ""
        )
        rows.append(
            row(
                f"events: track() caller cost, median ({label})",
                median(cost.ours),
                median(cost.peer) if have_peer else None,
                "µs",
                f"{slow}; {blocks}{per_block}",
            )
        )
    # The tail and the mean, over both call shapes: what the calling thread pays per event overall,
    # schematichq's inline flushes included.
    ours, peer = docs.ours + full.ours, (docs.peer + full.peer) if have_peer else None
    for q, label in ((99, "p99"), (99.9, "p99.9")):
        rows.append(
            row(
                f"events: track() caller cost, {label}",
                percentile(ours, q),
                None if peer is None else percentile(peer, q),
                "µs",
                f"{slow}; both call shapes",
            )
        )
    rows.append(
        row(
            "events: track() caller cost, mean",
            statistics.fmean(ours),
            None if peer is None else statistics.fmean(peer),
            "µs",
            f"{slow}; both call shapes",
        )
    )
    for q, label in ((50, "median"), (99.9, "p99.9")):
        rows.append(
            row(
                f"events: EventClient.track() caller cost, {label}",
                median(segops_style) if q == 50 else percentile(segops_style, q),
                None,
                "µs",
                f"{slow}; user_id, event_type, payload={{'plan': 'pro'}}; {EVENT_CLIENT_CALLS:,} calls",
            )
        )
    ours_rates = [rate for rate, _, _ in clean["ours"] if rate]
    peer_rates = [rate for rate, _, _ in clean["peer"] if rate]
    ratios = [o / p for o, p in zip(ours_rates, peer_rates, strict=False)]
    spread = f"; ratio per round {min(ratios):.1f}–{max(ratios):.1f}×" if ratios else ""
    rows.append(
        row(
            "events: end-to-end delivery, one process",
            median(ours_rates),
            median(peer_rates) if peer_rates else None,
            "events/s",
            f"{DELIVERY_EVENTS:,} track() then flush, median of {DELIVERY_ROUNDS} alternating rounds; "
            f"stored per round: ours {clean['ours'][-1][1]:,}, schematichq {clean['peer'][-1][1]:,}{spread}",
        )
    )
    faults = "30 % of batches 503, 10 % stored then dropped unanswered"
    rows.append(
        row(
            "events: delivery through faults",
            faulty_ours[0],
            faulty_peer[0],
            "events/s",
            f"{FAULTY_EVENTS:,} events, {faults}; stored: ours {faulty_ours[1]:,}, "
            f"schematichq {faulty_peer[1]:,} (it drops a batch after 3 tries)",
        )
    )
    rows.append(
        row(
            "events: time to drain 10,000 through faults",
            faulty_ours[2],
            faulty_peer[2],
            "s",
            f"first track() to last delivery; {faults}",
        )
    )
    latency["events: track() while the server is slow"] = {
        "ours": {str(q): percentile(ours, q) for q in PERCENTILES},
        **({"peer": {str(q): percentile(peer, q) for q in PERCENTILES}} if peer else {}),
    }
    write_results("events", rows, latency=latency)


if __name__ == "__main__":
    main()
