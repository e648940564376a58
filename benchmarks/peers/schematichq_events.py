"""schematichq's event path, run under PEER_PYTHON: caller cost of track() and end-to-end delivery.

Usage: schematichq_events.py <devserver_url> <api_key> caller | throughput <events>

``throughput`` prints one JSON line. ``caller`` serves blocks of measured calls: after a ``{"ready"}``
line it reads ``<count> <shape>`` per line from stdin and answers each with one JSON line of per-call
µs, so the benchmark can interleave this SDK's blocks with ours; an empty line ends it. The shapes are
the same calls the benchmark makes on our side: ``docs`` (event, user, company, as schematichq's docs
write it) and ``full`` (also ``traits={}``, ``quantity=1``).

schematichq posts its buffer to ``<event_capture_url>/batch``, which the devserver serves in the
capture format, so both SDKs deliver to the same server.
"""

from __future__ import annotations

import json
import logging
import sys
import time

from schematic.client import Schematic, SchematicConfig


def client(url: str, api_key: str) -> Schematic:
    logger = logging.getLogger("schematichq-bench")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    return Schematic(api_key, SchematicConfig(base_url=url, event_capture_url=url, logger=logger))


def docs_call(sdk: Schematic, calls: int) -> list[float]:
    clock = time.perf_counter_ns
    samples = []
    for _ in range(calls):
        start = clock()
        sdk.track(event="some-action", user={"user_id": "u"}, company={"id": "acme"})
        samples.append((clock() - start) / 1000)
    return samples


def full_call(sdk: Schematic, calls: int) -> list[float]:
    clock = time.perf_counter_ns
    samples = []
    for _ in range(calls):
        start = clock()
        sdk.track(event="some-action", user={"user_id": "u"}, company={"id": "acme"}, traits={}, quantity=1)
        samples.append((clock() - start) / 1000)
    return samples


SHAPES = {"docs": docs_call, "full": full_call}


def caller(url: str, api_key: str) -> None:
    sdk = client(url, api_key)
    for measure in SHAPES.values():
        measure(sdk, 25)  # warm-up below the buffer size: no inline flush yet
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        calls, shape = line.split()
        print(json.dumps({"samples_us": SHAPES[shape](sdk, int(calls))}), flush=True)
    sdk.shutdown()


def throughput(url: str, api_key: str, events: int) -> dict[str, object]:
    sdk = client(url, api_key)
    start = time.perf_counter()
    for i in range(events):
        sdk.track(
            event="some-action", user={"user_id": str(i)}, company={"id": "acme"}, traits={}, quantity=1
        )
    sdk.shutdown()  # the final flush: everything buffered is sent before it returns
    return {"elapsed": time.perf_counter() - start}


def main() -> None:
    url, api_key, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == "caller":
        caller(url, api_key)
    else:
        print(json.dumps(throughput(url, api_key, int(sys.argv[4]))))


if __name__ == "__main__":
    main()
