"""pytest helpers for apps that use schematic-ext (a plugin, loaded automatically once installed).

* ``schematic_client(flags={"new-dashboard": True})``: a `Schematic` that opens no socket, answers the
  flags you set (anything else is False) and records what it tracked and identified, with assertions.
* ``schematic_devserver``: a real local API server on a free port for the test, with an optional seed
  (``@pytest.mark.schematic_seed({...})`` or a path, or override the ``schematic_seed`` fixture);
  needs the ``[devserver]`` extra.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

from ._client import AsyncSchematic, Schematic
from ._events.pipeline import EventStats
from ._events.wire import QueuedEvent, read_all

if TYPE_CHECKING:
    from schematic_devserver import DevServer

__all__ = [
    "Identified",
    "RecordingAsyncSchematic",
    "RecordingSchematic",
    "Tracked",
    "schematic_client",
    "schematic_devserver",
    "schematic_seed",
]


@attrs.frozen
class Tracked:
    """One `track()` call, as it would have been sent (after the SDK's validation passed)."""

    event: str
    company: Mapping[str, str] | None
    user: Mapping[str, str] | None
    traits: Mapping[str, Any] | None
    quantity: int | None


@attrs.frozen
class Identified:
    """One `identify()` call, as it would have been sent."""

    keys: Mapping[str, str]
    company: Any
    name: str | None
    traits: Mapping[str, Any] | None


def _matches(recorded: object, expected: Mapping[str, Any]) -> bool:
    return all(getattr(recorded, name) == value for name, value in expected.items())


class _RecordingPipeline:
    """Stands in for a client's event pipeline: keeps every event the client queues and sends none.

    `track()` and `identify()` run unchanged (validation included) and append here as they would to
    the real queue, so what is recorded is what would have gone to the API.
    """

    _fast_limit = sys.maxsize  # the clients' inlined enqueue always takes the lock-free append

    def __init__(self) -> None:
        self._queue: deque[Any] = deque()
        self._events: list[dict[str, Any]] = []

    def enqueue(self, event: QueuedEvent) -> None:
        self._queue.extend((event, None, None, None, None, None, None) if isinstance(event, dict) else event)

    def events(self) -> list[dict[str, Any]]:
        """Every event queued so far, as ``CreateEventRequestBody`` dicts."""
        self._events += read_all(self._queue)
        return self._events

    def stats(self) -> EventStats:
        return EventStats(queued=0, sent=len(self.events()), retried=0, dropped=0, failed=0, batches=0)

    def flush(self, timeout: float | None = None) -> None:
        """Nothing to deliver."""

    def shutdown(self, timeout: float | None = None) -> None:
        """Nothing to deliver."""


class _Recorder:
    """What the recording clients share: the recorded calls, and assertions that say what was seen."""

    _events: Any

    def _record_events(self) -> None:
        self._events = _RecordingPipeline()

    def _bodies(self, event_type: str) -> list[Mapping[str, Any]]:
        return [e["body"] for e in self._events.events() if e["event_type"] == event_type]

    @property
    def tracked(self) -> list[Tracked]:
        """Every `track()` so far, in order."""
        return [
            Tracked(b["event"], b.get("company"), b.get("user"), b.get("traits"), b.get("quantity"))
            for b in self._bodies("track")
        ]

    @property
    def identified(self) -> list[Identified]:
        """Every `identify()` so far, in order (``company`` as sent: keys, name, traits)."""
        return [
            Identified(b["keys"], b.get("company"), b.get("name"), b.get("traits"))
            for b in self._bodies("identify")
        ]

    def assert_tracked(self, event: str, *, times: int | None = None, **fields: Any) -> list[Tracked]:
        """Fail unless `event` was tracked (`times` times, if given) with these company/user/traits/quantity."""
        unknown = set(fields) - {"company", "user", "traits", "quantity"}
        if unknown:
            raise TypeError(f"assert_tracked() got unexpected field(s) {sorted(unknown)}")
        tracked = self.tracked
        found = [t for t in tracked if t.event == event and _matches(t, fields)]
        if (times is None and not found) or (times is not None and len(found) != times):
            wanted = "at least once" if times is None else f"{times} time(s)"
            raise AssertionError(
                f"expected track({event!r}, {fields}) {wanted}, found {len(found)}; tracked: {tracked}"
            )
        return found

    def assert_not_tracked(self, event: str) -> None:
        """Fail if `event` was tracked at all."""
        found = [t for t in self.tracked if t.event == event]
        if found:
            raise AssertionError(f"expected no track({event!r}), found {found}")

    def assert_identified(self, keys: Mapping[str, str], **fields: Any) -> Identified:
        """Fail unless an identify with these keys (and company/name/traits, if given) was made."""
        identified = self.identified
        for call in identified:
            if dict(call.keys) == dict(keys) and _matches(call, fields):
                return call
        raise AssertionError(f"expected identify(keys={dict(keys)}, {fields}); identified: {identified}")


class RecordingSchematic(_Recorder, Schematic):
    """A `Schematic` for tests: offline (no socket), `flags` as the answers, every event recorded."""

    def __init__(self, flags: Mapping[str, bool] | None = None, **settings: Any) -> None:
        super().__init__(offline=True, flag_defaults=dict(flags or {}), **settings)
        self._record_events()

    def set_flag(self, flag_key: str, value: bool) -> None:
        """Change a flag's answer mid-test."""
        self.set_flag_default(flag_key, value)


class RecordingAsyncSchematic(_Recorder, AsyncSchematic):
    """The asyncio twin of `RecordingSchematic`."""

    def __init__(self, flags: Mapping[str, bool] | None = None, **settings: Any) -> None:
        super().__init__(offline=True, flag_defaults=dict(flags or {}), **settings)
        self._record_events()

    async def set_flag(self, flag_key: str, value: bool) -> None:
        """Change a flag's answer mid-test."""
        await self.set_flag_default(flag_key, value)


@pytest.fixture
def schematic_client() -> Iterator[Callable[..., RecordingSchematic]]:
    """A factory of `RecordingSchematic` clients, ``schematic_client(flags={...}, **settings)``; closed after."""
    made: list[RecordingSchematic] = []

    def make(flags: Mapping[str, bool] | None = None, **settings: Any) -> RecordingSchematic:
        client = RecordingSchematic(flags, **settings)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def schematic_seed() -> Mapping[str, Any] | str | Path | None:
    """The seed of `schematic_devserver` (a mapping in the seed format, or a YAML/JSON path); None: empty."""
    return None


@pytest.fixture
def schematic_devserver(
    request: pytest.FixtureRequest, tmp_path: Path, schematic_seed: Mapping[str, Any] | str | Path | None
) -> Iterator[DevServer]:
    """A started devserver on a free port and a fresh database; ``.url`` is its base URL."""
    from schematic_devserver import DevServer

    marker = request.node.get_closest_marker("schematic_seed")
    seed = marker.args[0] if marker is not None and marker.args else schematic_seed
    with DevServer(db_path=tmp_path / "schematic-devserver.db", seed=seed) as server:
        yield server


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``schematic_seed`` marker."""
    config.addinivalue_line("markers", "schematic_seed(seed): the seed of the schematic_devserver fixture")
