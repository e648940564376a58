"""Fault injection and request counters, for the SDK's reliability tests.

A fault matches requests by method and an fnmatch pattern on the URL path, and for
its next ``count`` matches (``None``: until cleared) adds latency, answers a status
(``{"error": "injected fault"}``, plus ``Retry-After`` when given) without processing
the request, drops the connection without any response, or (``drop_after``) processes the
request and then drops the connection, so the client cannot tell whether it was stored.
Off unless added.
"""

from __future__ import annotations

import itertools
import random
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from fnmatch import fnmatchcase
from typing import Any

__all__ = ["Fault", "FaultInjector", "Stats"]


@dataclass
class Fault:
    """One injected fault; ``remaining`` counts down as matching requests trigger it."""

    id: int
    method: str
    path: str
    count: int | None
    status: int | None
    retry_after: float | str | None
    latency: float
    drop: bool
    probability: float
    drop_after: bool = False
    triggered: int = 0
    remaining: int | None = field(default=None)

    def matches(self, method: str, path: str) -> bool:
        """Whether the fault applies to a request (before its probability is drawn)."""
        return (self.method == "*" or self.method == method) and fnmatchcase(path, self.path)

    def retry_after_header(self) -> str | None:
        """The Retry-After header value: whole seconds as an integer, else as given."""
        if self.retry_after is None:
            return None
        if isinstance(self.retry_after, float) and self.retry_after.is_integer():
            return str(int(self.retry_after))
        return str(self.retry_after)

    def as_dict(self) -> dict[str, Any]:
        """JSON form for the HTTP control interface."""
        return asdict(self)


class FaultInjector:
    """The active faults, checked in the order they were added; thread-safe."""

    def __init__(self, seed: int | None = None) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._random = random.Random(seed)

    def add(
        self,
        method: str = "*",
        path: str = "*",
        *,
        count: int | None = 1,
        status: int | None = None,
        retry_after: float | str | None = None,
        latency: float = 0.0,
        drop: bool = False,
        probability: float = 1.0,
        drop_after: bool = False,
    ) -> Fault:
        """Inject a fault for the next ``count`` requests matching ``method`` and ``path``."""
        if count is not None and count < 1:
            raise ValueError("count must be at least 1, or None for until cleared")
        if status is not None and not 400 <= status <= 599:
            raise ValueError("status must be a 4xx or 5xx code")
        if latency < 0:
            raise ValueError("latency must not be negative")
        if not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be within [0, 1]")
        if sum((status is not None, drop, drop_after)) > 1:
            raise ValueError("a fault answers a status, drops, or drops after processing: one of them")
        fault = Fault(
            id=next(self._ids),
            method=method.upper(),
            path=path,
            count=count,
            status=status,
            retry_after=retry_after,
            latency=float(latency),
            drop=drop,
            probability=probability,
            drop_after=drop_after,
            remaining=count,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._faults.clear()

    def active(self) -> list[Fault]:
        """The faults still armed."""
        with self._lock:
            return list(self._faults)

    def take(self, method: str, path: str) -> Fault | None:
        """The first armed fault that fires for this request, consuming one of its uses."""
        with self._lock:
            for fault in self._faults:
                if not fault.matches(method, path):
                    continue
                if fault.probability < 1.0 and self._random.random() >= fault.probability:
                    continue
                fault.triggered += 1
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                return fault
        return None


class Stats:
    """Counters of what the server saw since start or the last reset; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Zero every counter."""
        with self._lock:
            self._requests: Counter[str] = Counter()
            self._counters: Counter[str] = Counter()
            self._peers: set[tuple[str, int]] = set()

    def connection(self, peer: tuple[str, int]) -> None:
        """Note the client address (host, port) of a request: each distinct one is a connection."""
        if peer not in self._peers:
            with self._lock:
                self._peers.add(peer)

    def request(self, operation_id: str) -> None:
        """Count one request received for an operation (faulted or not)."""
        with self._lock:
            self._requests[operation_id] += 1

    def add(self, name: str, amount: int = 1) -> None:
        """Add to a named counter (events_stored, mints, faults_triggered, ...)."""
        with self._lock:
            self._counters[name] += amount

    def snapshot(self) -> dict[str, Any]:
        """``{"requests": {operationId: n}, "connections": n, "events_stored": n, "mints": n, ...}``.

        ``connections`` counts the distinct client addresses seen: the TCP connections clients opened.
        """
        with self._lock:
            counters = {
                "events_stored": 0,
                "mints": 0,
                "faults_triggered": 0,
                "session_secret_key_refusals": 0,
                "unmatched_requests": 0,
                "not_implemented": 0,
                "server_errors": 0,
                "webhooks_delivered": 0,
                "webhooks_failed": 0,
                "webhooks_retried": 0,
            }
            counters.update(self._counters)
            return {"requests": dict(self._requests), "connections": len(self._peers), **counters}
