"""Sessions: what the pk_ handshake costs a caller, against the secret-key path in the same run.

* Auth-flow overhead: µs to run one request through `SessionAuth` with a cached token versus
  `ApiKeyAuth`, driving the httpx flow generator directly (no network), median of many runs.
* Per-request latency: p50/p99 of ``features.check_flag`` over the devserver (its own process, real
  socket) with a pk_ key and a cached token versus an sk_ key.
* First request: a new client's first call, mint included for pk_ (connection set-up in both).
* Mints under load: 16 threads calling for 6 s with 2 s tokens — one mint per ~1 s refresh window.

schematichq has no publishable-key sessions, so there are no peer numbers.
"""

from __future__ import annotations

import contextlib
import tempfile
import threading
import time

import httpx
from _common import median, percentile, row, write_results
from bench_events import Server
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, DevServer

from schematic_ext import Schematic, UserContext
from schematic_ext._auth import ApiKeyAuth
from schematic_ext._session import SessionAuth

FLAG = "bench-flag"
COMPANY = {"id": "acme"}
FLOW_RUNS = 200_000
LATENCY_CALLS = 2_000
FIRST_CALL_RUNS = 30


def anonymous() -> UserContext:
    return UserContext()


def flow_cost(auth: httpx.Auth, warm: bool) -> float:
    """Median µs (over 20 rounds) of one pass through `auth`'s sync flow for a 200 response."""
    request = httpx.Request("POST", "http://bench.test/flags/x/check", content=b"{}")
    ok = httpx.Response(200, request=request)
    if warm:  # give the session flow a cached token without a server
        flow = auth.sync_auth_flow(request)
        mint = next(flow)
        minted = httpx.Response(200, json={"token": "t", "expires_at": "2999-01-01T00:00:00Z"}, request=mint)
        next_request = flow.send(minted)
        assert next_request is request
    clock = time.perf_counter_ns
    rounds = []
    for _ in range(20):
        start = clock()
        for _ in range(FLOW_RUNS // 20):
            flow = auth.sync_auth_flow(request)
            next(flow)
            with contextlib.suppress(StopIteration):
                flow.send(ok)
        rounds.append((clock() - start) / 1000 / (FLOW_RUNS // 20))
    return median(rounds)


def latencies(pk: Schematic, sk: Schematic) -> tuple[list[float], list[float]]:
    """Per-call ms of check_flag for both clients, interleaved so drift hits both alike."""
    for _ in range(200):
        pk.features.check_flag(key=FLAG, company=COMPANY)
        sk.features.check_flag(key=FLAG, company=COMPANY)
    clock = time.perf_counter_ns
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(LATENCY_CALLS):
        for client, into in ((pk, samples[0]), (sk, samples[1])):
            start = clock()
            client.features.check_flag(key=FLAG, company=COMPANY)
            into.append((clock() - start) / 1e6)
    return samples


def first_call_ms(url: str, key: str) -> float:
    samples = []
    for _ in range(FIRST_CALL_RUNS):
        start = time.perf_counter()
        with Schematic(key, base_url=url, get_user=anonymous) as client:
            client.features.check_flag(key=FLAG, company=COMPANY)
        samples.append((time.perf_counter() - start) * 1000)
    return median(samples)


def mints_under_load(url: str, seconds: float = 6.0, threads: int = 16) -> tuple[int, int]:
    """(mints, calls) from `threads` threads hammering one pk_ client for `seconds`."""
    counts = {"mints": 0}
    lock = threading.Lock()

    def count_mints(response: httpx.Response) -> None:
        if response.request.url.path == "/api/auth/session/":
            with lock:
                counts["mints"] += 1

    http = httpx.Client(event_hooks={"response": [count_mints]})
    client = Schematic(DEFAULT_PUBLISHABLE_KEY, base_url=url, get_user=anonymous, http_client=http)
    stop_at = time.monotonic() + seconds
    calls = [0] * threads

    def worker(index: int) -> None:
        while time.monotonic() < stop_at:
            client.features.check_flag(key=FLAG, company=COMPANY)
            calls[index] += 1

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    client.close()
    http.close()
    return counts["mints"], sum(calls)


def main() -> None:
    rows = []
    session_flow = flow_cost(
        SessionAuth(DEFAULT_PUBLISHABLE_KEY, anonymous, base_url="http://bench.test"), True
    )
    key_flow = flow_cost(ApiKeyAuth(DEFAULT_SECRET_KEY), False)
    rows.append(row("auth flow per request, pk_ cached token (µs)", session_flow, None, "µs", "no network"))
    rows.append(row("auth flow per request, sk_ header (µs)", key_flow, None, "µs", "same harness"))

    with tempfile.TemporaryDirectory() as tmp:
        server = Server(tmp)
        try:
            server.http.post(
                "/flags",
                json={
                    "key": FLAG,
                    "name": "Bench",
                    "description": "",
                    "default_value": False,
                    "flag_type": "boolean",
                },
            ).raise_for_status()
            with (
                Schematic(DEFAULT_PUBLISHABLE_KEY, base_url=server.url, get_user=anonymous) as pk,
                Schematic(DEFAULT_SECRET_KEY, base_url=server.url) as sk,
            ):
                pk_ms, sk_ms = latencies(pk, sk)
            for q in (50, 99):
                rows.append(row(f"check_flag p{q}, pk_ cached token (ms)", percentile(pk_ms, q), None, "ms"))
                rows.append(row(f"check_flag p{q}, sk_ key (ms)", percentile(sk_ms, q), None, "ms"))
            rows.append(
                row(
                    "first call of a new client, pk_ (mint + check, ms)",
                    first_call_ms(server.url, DEFAULT_PUBLISHABLE_KEY),
                    None,
                    "ms",
                )
            )
            rows.append(
                row(
                    "first call of a new client, sk_ (ms)",
                    first_call_ms(server.url, DEFAULT_SECRET_KEY),
                    None,
                    "ms",
                )
            )
        finally:
            server.close()

    # A count, not a speed: the in-process devserver is fine here.
    with DevServer(session_ttl=2, seed={"flags": [{"key": FLAG, "name": "Bench"}]}) as srv:
        mints, calls = mints_under_load(srv.url)
    rows.append(
        row(
            "mints, 16 threads x 6 s, 2 s tokens", mints, None, "mints", f"{calls} calls; one per ~1 s window"
        )
    )
    write_results("session", rows)


if __name__ == "__main__":
    main()
