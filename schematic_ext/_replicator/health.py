"""The replicator's health endpoint: ``GET /ready`` -> ``{"ready": bool, "cache_version": str}``.

It answers 200 when ready and 503 while not (with the same body), so it serves as a container
readiness probe too; replicator-mode clients read the body either way. schematichq's client polls this
URL (default ``http://localhost:8090/ready``) for the cache version it puts in every key.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["HealthServer"]

READY_PATH = "/ready"


class HealthServer:
    """A small HTTP server on its own thread; `ready()` is asked on each request."""

    def __init__(
        self, host: str, port: int, *, cache_version: str, ready: Callable[[], bool], logger: logging.Logger
    ) -> None:
        body = {"cache_version": cache_version}

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.split("?", 1)[0] != READY_PATH:
                    self._send(404, {"error": f"not found: {self.path}; the health endpoint is {READY_PATH}"})
                    return
                is_ready = ready()
                self._send(200 if is_ready else 503, {"ready": is_ready, **body})

            def _send(self, status: int, payload: dict[str, object]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                logger.debug("schematic-replicator: health %s", format % args)

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="schematic-replicator-health", daemon=True
        )

    @property
    def port(self) -> int:
        """The port bound (the one asked for, or the one chosen for port 0)."""
        return int(self._server.server_address[1])

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
