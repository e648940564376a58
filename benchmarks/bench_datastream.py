"""Datastream mode: local checks from the streamed snapshot, next to schematichq's AsyncSchematic in its
datastream mode (its WASM engine), both on one devserver in a child process.

Rows: a warm local check (company held, result cache off; with and without the flag_check event each
check queues), a company's first check (one socket round trip), a rule changed over REST until checks
see it (changes a tenth of a second apart, each pushed at once), and the snapshot's memory for
10,000 companies of 20 traits. Warm checks are timed in blocks of 100 calls, as in bench_flags.py.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import logging
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import Server, median, percentile, row, run_peer, scaling_chart, write_results
from schematic_devserver import DEFAULT_SECRET_KEY

from schematic_ext import DataStreamConfig, Schematic
from schematic_ext._datastream.protocol import parse_message
from schematic_ext._datastream.store import Snapshot

FLAG = "ds-flag"
COMPANIES = 200  # first checks, each SDK its own
BLOCK = 100
BLOCKS = 3_000
CHANGES = 100
SNAPSHOT_COMPANIES = 10_000
SNAPSHOT_SIZES = (1_000, 3_000, 10_000, 30_000)  # the memory series
TRAITS = {f"trait-{i}": f"value-{i}" for i in range(19)}


def rule(minimum: int) -> dict[str, Any]:
    condition = {
        "condition_type": "trait",
        "trait_id": "seats",
        "operator": "gte",
        "trait_value": str(minimum),
    }
    return {
        "name": "big",
        "value": True,
        "priority": 1,
        "rule_type": "standard",
        "conditions": [{**condition, "resource_ids": []}],
        "condition_groups": [],
    }


def seed(server: Server) -> str:
    """The flag (a trait rule) and 2 x COMPANIES companies of 20 traits; the flag's id."""
    http = server.http
    for prefix in ("ours-", "peer-"):
        for i in range(COMPANIES):
            body = {"keys": {"domain": f"{prefix}{i}.test"}, "traits": {**TRAITS, "seats": 100 + i}}
            http.post("/companies", json=body).raise_for_status()
    body = {"key": FLAG, "name": FLAG, "description": "", "default_value": False}
    flag_id = str(http.post("/flags", json=body).json()["data"]["id"])
    http.put(f"/flags/{flag_id}/rules", json={"rules": [rule(50)]}).raise_for_status()
    return flag_id


def client(server: Server, *, events: bool) -> Schematic:
    settings = DataStreamConfig(flag_check_events=events)
    logger = logging.getLogger("bench-datastream")  # events dropped when the queue fills are expected here
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    sdk = Schematic(
        DEFAULT_SECRET_KEY,
        base_url=server.url,
        use_datastream=True,
        cache_providers=[],
        datastream=settings,
        logger=logger,
    )
    sdk.initialize()
    deadline = time.monotonic() + 30
    while sdk.datastream_stats().flags == 0:
        if time.monotonic() > deadline:
            raise RuntimeError("the datastream never loaded the flags")
        time.sleep(0.01)
    return sdk


def first_checks(sdk: Schematic) -> list[float]:
    """ms for each company's first check (not held yet: one socket round trip)."""
    times = []
    for i in range(1, COMPANIES):
        start = time.perf_counter()
        assert sdk.check_flag(FLAG, {"domain": f"ours-{i}.test"}) is True
        times.append((time.perf_counter() - start) * 1000)
    assert sdk.datastream_stats().companies == COMPANIES  # ours-0 was held already
    return times


def warm_blocks(fn: Callable[[], Any]) -> list[float]:
    clock = time.perf_counter_ns
    for _ in range(BLOCKS // 10):
        fn()
    samples = []
    for _ in range(BLOCKS):
        start = clock()
        for _ in range(BLOCK):
            fn()
        samples.append((clock() - start) / BLOCK / 1000)
    return samples


def rule_changes(server: Server, sdk: Schematic, flag_id: str) -> list[float]:
    """ms from sending each rule change over REST until a check answers by it.

    Changes are a tenth of a second apart, as edits are: the devserver pushes a change at once after a
    quiet 50 ms tick, and coalesces a burst into one push per tick.
    """
    held = {"domain": "ours-0.test"}  # seats 100
    times = []
    for n in range(CHANGES):
        minimum, expected = (500, False) if n % 2 == 0 else (50, True)
        start = time.perf_counter()
        server.http.put(f"/flags/{flag_id}/rules", json={"rules": [rule(minimum)]}).raise_for_status()
        while sdk.check_flag(FLAG, held) is not expected:
            time.sleep(0.0002)
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(0.1)
    return times


def streamed_form(held: dict[str, Any]) -> dict[str, Any]:
    """A held company as the devserver streamed it: the snapshot keeps its traits compiled, once."""
    traits = held["traits"]
    if isinstance(traits, list):
        return held
    return {
        **held,
        "traits": [
            {
                "trait_definition": {
                    "id": definition_id,
                    "comparable_type": trait.comparable_type,
                    "entity_type": "company",
                },
                "value": trait.value,
            }
            for definition_id, trait in traits.items()
        ],
    }


def snapshot_memory(template: dict[str, Any], count: int = SNAPSHOT_COMPANIES) -> float:
    """MB a snapshot holds for `count` companies shaped as the devserver streams them."""
    frames = []
    for i in range(count):
        company = {
            **template,
            "id": f"comp-{i}",
            "keys": {"domain": f"company-{i}.test"},
            "traits": [{**t, "value": f"{t['value']}-{i}"} for t in template["traits"]],
        }
        frames.append(
            json.dumps({"entity_type": "rulesengine.Company", "message_type": "full", "data": company})
        )
    assert len(template["traits"]) == 20
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    snapshot = Snapshot(count, 3600.0)
    for raw in frames:
        snapshot.apply(parse_message(raw))
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert len(snapshot.companies) == count
    return held / 1e6


def peer(server: Server) -> dict[str, Any] | None:
    """schematichq's figures: under PEER_PYTHON (`make bench`), else this interpreter if it has schematichq."""
    args = (server.url, DEFAULT_SECRET_KEY, FLAG, "peer-", str(COMPANIES), str(BLOCKS // 3))
    result = run_peer("schematichq_datastream.py", *args)
    if result is not None or importlib.util.find_spec("schematic") is None:
        return result
    script = Path(__file__).resolve().parent / "peers" / "schematichq_datastream.py"
    out = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, check=True)
    parsed: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return parsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(tmp)
        try:
            flag_id = seed(server)
            quiet = client(server, events=False)
            held = {"domain": "ours-0.test"}
            assert quiet.check_flag(FLAG, held) is True
            # Before the other companies are held: the devserver rebuilds every held company on a flag
            # change, which would measure its view builder rather than the stream.
            changes = rule_changes(server, quiet, flag_id)
            first = first_checks(quiet)
            warm = warm_blocks(lambda: quiet.check_flag(FLAG, held))
            template = quiet._local.snapshot.companies.get(
                quiet.check_flag_with_entitlement(FLAG, held).company_id or ""
            )
            assert template is not None
            quiet.close()
            loud = client(server, events=True)
            assert loud.check_flag(FLAG, held) is True
            warm_events = warm_blocks(lambda: loud.check_flag(FLAG, held))
            loud.close()
            theirs = peer(server)
        finally:
            server.close()
    streamed = streamed_form(template.data)
    growth = {count: snapshot_memory(streamed, count) for count in SNAPSHOT_SIZES}
    memory = growth[SNAPSHOT_COMPANIES]
    peer_first = theirs["first_ms"] if theirs else None
    peer_warm = theirs["warm_block_us"] if theirs else None
    rows = [
        row("datastream: warm local check, median (no flag_check event)", median(warm), None, "µs"),
        row(
            "datastream: warm local check, median (with its flag_check event)",
            median(warm_events),
            median(peer_warm) if peer_warm else None,
            "µs",
            "schematichq always queues the event",
        ),
        row(
            "datastream: a company's first check (one socket round trip), median",
            median(first),
            median(peer_first) if peer_first else None,
            "ms",
        ),
        row(
            "datastream: a company's first check, p99",
            percentile(first, 99),
            percentile(peer_first, 99) if peer_first else None,
            "ms",
        ),
        row(
            "datastream: rule changed over REST until checks see it, median",
            median(changes),
            None,
            "ms",
        ),
        row(
            "datastream: rule changed over REST until checks see it, p99", percentile(changes, 99), None, "ms"
        ),
        row("datastream: snapshot of 10,000 companies x 20 traits", memory, None, "MB"),
    ]
    rows += [
        row(f"datastream: snapshot memory, {count:,} companies x 20 traits", growth[count], None, "MB")
        for count in SNAPSHOT_SIZES
        if count != SNAPSHOT_COMPANIES
    ]
    write_results("datastream", rows)
    scaling_chart(
        "memory_companies.png",
        "snapshot memory vs companies held",
        "companies in the snapshot (20 traits each)",
        "MB (log)",
        {"schematic-ext": growth},
    )


if __name__ == "__main__":
    main()
