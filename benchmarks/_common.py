"""Shared helpers for the benchmark scripts: result files, peer interpreters, summary statistics."""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
from schematic_devserver import DEFAULT_SECRET_KEY

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


class Server:
    """`python -m schematic_devserver` in a child process, driven through its control interface."""

    def __init__(self, tmp: str) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        db = str(Path(tmp) / "bench.db")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "schematic_devserver",
                "--port",
                str(port),
                "--db",
                db,
                "--no-validate-responses",
            ],
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

    def faulty_batches(self) -> None:
        """30 % of batch requests answer 503; 10 % are stored, then their connection drops unanswered."""
        for path in ("/event-batch", "/batch"):
            for fault in (
                {"status": 503, "probability": 0.3},
                {"drop_after": True, "probability": 0.1 / 0.7},
            ):
                body = {"method": "POST", "path": path, "count": None, **fault}
                self.http.post("/_devserver/faults", json=body).raise_for_status()

    def stored(self) -> int:
        stats: dict[str, Any] = self.http.get("/_devserver/stats").json()
        return int(stats["events_stored"])

    def close(self) -> None:
        self.http.close()
        self.proc.terminate()
        self.proc.wait(10)


def scaling_chart(
    filename: str, title: str, xlabel: str, ylabel: str, series: Mapping[str, Mapping[float, float]]
) -> Path:
    """One scaling series per SDK (label -> {x: y}), log-log, saved as benchmarks/results/<filename>."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    colors = iter(("tab:blue", "tab:orange", "tab:green", "tab:red"))
    fig, ax = plt.subplots(figsize=(6, 4.2))
    for label, points in series.items():
        if points:
            xs = sorted(points)
            ax.plot(xs, [points[x] for x in xs], marker="o", color=next(colors), label=label)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    out = RESULTS / filename
    RESULTS.mkdir(exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out
