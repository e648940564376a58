"""Helpers shared by the event pipeline tests."""

from __future__ import annotations

from typing import Any

from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext._auth import ApiKeyAuth
from schematic_ext._base_client import ClientOptions, SyncApiClient
from schematic_ext._retry import RetryPolicy

# Short waits keep the reliability scenarios quick; the semantics do not depend on the numbers.
FAST_RETRY = RetryPolicy(initial_delay=0.05, max_delay=0.5, jitter=0.25)


class Failures:
    """An ``on_error`` callback that records what it was given (thread-safe enough: list.append)."""

    def __init__(self) -> None:
        self.calls: list[tuple[Exception, list[dict[str, Any]]]] = []

    def __call__(self, error: Exception, events: list[dict[str, Any]]) -> None:
        self.calls.append((error, list(events)))

    @property
    def events(self) -> list[dict[str, Any]]:
        return [event for _, batch in self.calls for event in batch]

    @property
    def keys(self) -> set[str]:
        return {event["idempotency_key"] for event in self.events}


def stored_keys(server: DevServer) -> list[str]:
    """Idempotency keys of every event the devserver stored (duplicates would show up twice)."""
    return [event["idempotency_key"] for event in server.store.events()]


def api_client(url: str, api_key: str = DEFAULT_SECRET_KEY, **options: Any) -> SyncApiClient:
    return SyncApiClient(ClientOptions(base_url=url, auth=ApiKeyAuth(api_key), **options))
