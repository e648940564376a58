"""schematichq's event path, run under PEER_PYTHON: caller cost of track() and end-to-end delivery.

Usage: schematichq_events.py <devserver_url> <api_key> caller <calls> | throughput <events>
Prints one JSON line. schematichq posts its buffer to ``<event_capture_url>/batch``, which the devserver
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


def caller(url: str, api_key: str, calls: int) -> dict[str, object]:
    sdk = client(url, api_key)
    clock = time.perf_counter_ns
    for _ in range(50):  # warm-up below the buffer size: no inline flush yet
        sdk.track(event="some-action", user={"user_id": "u"}, company={"id": "acme"}, traits={}, quantity=1)
    samples = []
    for _ in range(calls):
        start = clock()
        sdk.track(event="some-action", user={"user_id": "u"}, company={"id": "acme"}, traits={}, quantity=1)
        samples.append((clock() - start) / 1000)
    sdk.shutdown()
    return {"samples_us": samples}


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
    url, api_key, mode, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    result = caller(url, api_key, count) if mode == "caller" else throughput(url, api_key, count)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
