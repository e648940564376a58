"""Devserver throughput: events ingested per second (batches of 100) and flag checks per second.

The devserver runs in its own process (``python -m schematic_devserver``) on a real socket, so the load
generator here does not share its GIL; the load comes from a few threads, each with its own
keep-alive httpx client. Event ingestion counts what the server reports as stored (every event
has a distinct idempotency key), flag checks count 200 answers. Results go to
benchmarks/results/devserver.json.

    .venv/bin/python benchmarks/bench_devserver.py [--events 100000] [--checks 20000] [--threads 4]
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from _common import ROOT, row, write_results
from schematic_devserver import DEFAULT_SECRET_KEY

HEADERS = {"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}
BATCH = 100
SEED = ROOT / "devserver" / "seed_example.yaml"
DOMAINS = ("acme.test", "globex.test", "initech.test")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Run the devserver CLI in its own process and wait until it answers."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "schematic_devserver",
            "--port",
            str(port),
            "--db",
            str(db),
            "--seed",
            str(SEED),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/flags", headers=HEADERS).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("devserver did not start")


def run_threads(threads: int, work: Callable[[int], int]) -> tuple[int, float]:
    """Run ``work(thread_index)`` on each thread; returns (sum of results, wall seconds)."""
    results = [0] * threads
    barrier = threading.Barrier(threads + 1)

    def target(index: int) -> None:
        barrier.wait()
        results[index] = work(index)

    workers = [threading.Thread(target=target, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    barrier.wait()
    started = time.perf_counter()
    for worker in workers:
        worker.join()
    return sum(results), time.perf_counter() - started


def track_batch(prefix: str) -> dict[str, Any]:
    return {
        "events": [
            {
                "event_type": "track",
                "idempotency_key": f"{prefix}-{i}",
                "body": {"event": "api-call", "company": {"domain": DOMAINS[i % 3]}, "quantity": 1},
            }
            for i in range(BATCH)
        ]
    }


def bench_events(url: str, total: int, threads: int) -> tuple[float, int]:
    """Events/s ingested in batches of 100; returns (rate, events the server stored)."""
    per_thread = total // threads // BATCH
    batches = [[track_batch(f"{uuid.uuid4().hex}") for _ in range(per_thread)] for _ in range(threads)]
    before = httpx.get(f"{url}/_devserver/stats", headers=HEADERS).json()["events_stored"]

    def work(index: int) -> int:
        with httpx.Client(base_url=url, headers=HEADERS, timeout=30) as client:
            for body in batches[index]:
                response = client.post("/event-batch", json=body)
                response.raise_for_status()
        return len(batches[index]) * BATCH

    sent, seconds = run_threads(threads, work)
    stored = httpx.get(f"{url}/_devserver/stats", headers=HEADERS).json()["events_stored"] - before
    assert stored == sent, f"sent {sent} events, stored {stored}"
    return stored / seconds, stored


class RawClient:
    """A minimal keep-alive HTTP/1.1 client on a blocking socket: prebuilt requests, status + body.

    httpx spends more CPU per request than the devserver does on a flag check, so on a
    2-core machine it would measure itself; this one costs a few microseconds per request.
    """

    def __init__(self, url: str) -> None:
        host, port = url.removeprefix("http://").split(":")
        self.sock = socket.create_connection((host, int(port)))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    @staticmethod
    def request(path: str, body: dict[str, Any]) -> bytes:
        payload = json.dumps(body).encode()
        head = (
            f"POST {path} HTTP/1.1\r\nHost: devserver\r\nX-Schematic-Api-Key: {DEFAULT_SECRET_KEY}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
        )
        return head.encode() + payload

    def send(self, request: bytes) -> int:
        """Send one prebuilt request and read its response; returns the status code."""
        self.sock.sendall(request)
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self.sock.recv(65536)
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))  # type: ignore[union-attr]
        while len(rest) < length:
            rest += self.sock.recv(65536)
        self.buffer = rest[length:]
        return int(head.split(b" ", 2)[1])

    def close(self) -> None:
        self.sock.close()


def bench_checks(url: str, total: int, threads: int) -> float:
    """Flag checks/s on the seed's trait-rule and metric-rule flags (entity lookups plus a usage sum)."""
    per_thread = total // threads
    requests = [
        RawClient.request(
            f"/flags/{key}/check", {"company": {"domain": domain}, "user": {"email": "ada@acme.test"}}
        )
        for key in ("sso", "api-access")
        for domain in DOMAINS
    ]

    def work(index: int) -> int:
        client = RawClient(url)
        try:
            for i in range(per_thread):
                status = client.send(requests[(index + i) % len(requests)])
                assert status == 200, status
        finally:
            client.close()
        return per_thread

    checks, seconds = run_threads(threads, work)
    return checks / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="events to ingest (default 100000)")
    parser.add_argument("--checks", type=int, default=20_000, help="flag checks to send (default 20000)")
    parser.add_argument("--threads", type=int, default=4, help="concurrent clients (default 4)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        process, url = start_server(Path(tmp) / "bench.db")
        try:
            bench_events(url, 2_000, args.threads)  # Warm-up: companies created, caches filled.
            events_per_s, stored = bench_events(url, args.events, args.threads)
            checks_per_s = bench_checks(url, args.checks, args.threads)
        finally:
            process.terminate()
            process.wait(timeout=30)
    write_results(
        "devserver",
        [
            row(
                "devserver: events ingested (batches of 100)",
                events_per_s,
                None,
                "events/s",
                f"{stored} stored",
            ),
            row("devserver: flag checks (trait and metric rules)", checks_per_s, None, "requests/s"),
        ],
        threads=args.threads,
    )


if __name__ == "__main__":
    main()
