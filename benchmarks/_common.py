"""Shared helpers for the benchmark scripts: result files, peer interpreters, summary statistics."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parent.parent


def row(metric: str, ours: float, peer: float | None, unit: str, note: str = "") -> dict[str, Any]:
    """One line of the benchmark table; the harness computes the ratio."""
    return {"metric": metric, "ours": ours, "peer": peer, "unit": unit, "note": note}


def write_results(area: str, rows: Sequence[dict[str, Any]], **extra: Any) -> None:
    """Print the rows and store them in benchmarks/results/<area>.json for `benchmarks/run.py`."""
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{area}.json").write_text(json.dumps({"rows": list(rows), **extra}, indent=2))
    for r in rows:
        peer = "-" if r["peer"] is None else f"{r['peer']:.4g}"
        print(f"{r['metric']:<58} ours {r['ours']:>12.4g}  peer {peer:>12}  {r['unit']}")


def peer_python() -> str | None:
    """The interpreter of the venv that has the peer SDKs (set by `make bench`), if any."""
    return os.environ.get("PEER_PYTHON") or None


def run_peer(script: str, *args: str, timeout: float = 300) -> dict[str, Any] | None:
    """Run benchmarks/peers/<script> under the peer interpreter and parse the JSON it prints."""
    python = peer_python()
    if python is None:
        return None
    path = Path(__file__).resolve().parent / "peers" / script
    out = subprocess.run(
        [python, str(path), *args], capture_output=True, text=True, timeout=timeout, check=True
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


class PeerSession:
    """A long-lived benchmarks/peers/<script> under the peer interpreter, driven one JSON line at a time.

    For measurements interleaved with ours in small blocks: the machine's speed drifts from one second
    to the next, and blocks a fraction of a second apart see the same drift.
    """

    def __init__(self, script: str, *args: str) -> None:
        python = peer_python()
        if python is None:
            raise RuntimeError("PEER_PYTHON is not set")
        path = Path(__file__).resolve().parent / "peers" / script
        self.proc = subprocess.Popen(
            [python, str(path), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.read()  # the script's "ready" line

    def ask(self, line: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.read()

    def read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"peer script exited with {self.proc.wait()}")
        result: dict[str, Any] = json.loads(line)
        return result

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.close()
        self.proc.wait(60)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


def this_python() -> str:
    return sys.executable
