"""schematichq's event path, run under PEER_PYTHON: caller cost of track() and end-to-end delivery.

Usage: schematichq_events.py <devserver_url> <api_key> caller | throughput <events>
``throughput`` prints one JSON line. ``caller`` serves blocks of measured calls: after a ``{"ready"}``
line it reads a count per line from stdin and answers each with one JSON line of per-call µs, so the
benchmark can interleave this SDK's blocks with ours; an empty line ends it. schematichq posts its buffer to ``<event_capture_url>/batch``, which the devserver
serves in the capture format, so both SDKs deliver to the same server. Both sides pass the same
arguments (``traits={}``, ``quantity=1``), so they validate and serialise the same event.
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


def caller(url: str, api_key: str) -> None:
    sdk = client(url, api_key)
    clock = time.perf_counter_ns
    for _ in range(50):  # warm-up below the buffer size: no inline flush yet
        sdk.track(event="some-action", user={"user_id": "u"}, company={"id": "acme"}, traits={}, quantity=1)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        samples = []
        for _ in range(int(line)):
            start = clock()
            sdk.track(
                event="some-action", user={"user_id": "u"}, company={"id": "acme"}, traits={}, quantity=1
            )
            samples.append((clock() - start) / 1000)
        print(json.dumps({"samples_us": samples}), flush=True)
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
