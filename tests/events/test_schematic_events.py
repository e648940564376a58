"""`Schematic.identify` / `track` and their async twins: the seed docs' examples, delivered to the devserver."""

from __future__ import annotations

import enum
import threading
import time
from typing import Any

import httpx
import pytest
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import EventBodyIdentifyCompany
from schematic_ext._client import AsyncSchematic, Schematic, SchematicConfig


def test_the_documented_identify_and_track_calls(devserver: DevServer) -> None:
    client = Schematic(DEFAULT_SECRET_KEY, SchematicConfig(base_url=devserver.url, event_flush_interval=3600))
    client.identify(
        keys={"email": "wcoyote@acme.net", "user_id": "your-user-id"},
        company=EventBodyIdentifyCompany(
            keys={"id": "your-company-id"},  # type: ignore[arg-type]  # as the seed docs write it
            name="Acme Widgets, Inc.",
            traits={"city": "Atlanta"},  # type: ignore[arg-type]
        ),
        name="Wile E. Coyote",
        traits={"login_count": 24, "is_staff": False},
    )
    client.track(event="some-action", user={"user_id": "your-user-id"}, company={"id": "your-company-id"})
    assert devserver.store.count_events() == 0  # queued, not sent on this thread
    client.close()
    assert devserver.store.list_event_bodies("identify") == [
        {
            "keys": {"email": "wcoyote@acme.net", "user_id": "your-user-id"},
            "company": {
                "keys": {"id": "your-company-id"},
                "name": "Acme Widgets, Inc.",
                "traits": {"city": "Atlanta"},
            },
            "name": "Wile E. Coyote",
            "traits": {"login_count": 24, "is_staff": False},
        }
    ]
    assert devserver.store.list_event_bodies("track") == [
        {"event": "some-action", "user": {"user_id": "your-user-id"}, "company": {"id": "your-company-id"}}
    ]
    stats = client.event_stats()
    assert (stats.sent, stats.queued, stats.failed) == (2, 0, 0)


def test_flush_events_and_the_event_settings(devserver: DevServer) -> None:
    failures: list[tuple[Exception, list[dict[str, Any]]]] = []
    with Schematic(
        DEFAULT_SECRET_KEY,
        base_url=devserver.url,
        event_batch_size=5,
        event_max_queue_size=7,
        event_flush_interval=3600,
        on_event_error=lambda error, events: failures.append((error, events)),
    ) as client:
        devserver.faults.add("POST", "/event-batch", status=503, count=None)
        for i in range(9):
            client.track("e", quantity=i)
        assert [event["body"]["quantity"] for _, events in failures for event in events] == [7, 8]
        devserver.faults.clear()
        client.flush_events(timeout=10)
        assert devserver.store.count_events() == 7


def test_bad_input_raises_at_the_call_site(devserver: DevServer) -> None:
    with Schematic(DEFAULT_SECRET_KEY, base_url=devserver.url) as client:
        with pytest.raises(ValueError, match="event"):
            client.track("")
        with pytest.raises(TypeError, match="keys"):
            client.identify(keys={"id": 1})  # type: ignore[dict-item]
        with pytest.raises(TypeError, match="traits"):
            client.track("e", traits={"t": {1, 2}})
        assert client.event_stats().queued == 0


@pytest.mark.parametrize("value", [0, -1, 1.5, "10"])
def test_event_settings_are_validated(value: object) -> None:
    with pytest.raises(ValueError, match="event_max_queue_size"):
        SchematicConfig(event_max_queue_size=value)  # type: ignore[arg-type]


def test_offline_clients_send_nothing(devserver: DevServer) -> None:
    client = Schematic("", SchematicConfig(offline=True, base_url=devserver.url))
    client.track("some-action", company={"id": "acme"})
    client.identify(keys={"id": "u"})
    client.flush_events()
    client.close()
    assert devserver.stats()["requests"] == {}
    assert client.event_stats().sent == 0
    with pytest.raises(ValueError):
        client.track("")


async def test_async_schematic_track_never_blocks_the_loop(devserver: DevServer) -> None:
    devserver.faults.add("POST", "/event-batch", latency=1.0, count=1)
    async with AsyncSchematic(DEFAULT_SECRET_KEY, base_url=devserver.url, event_batch_size=1) as client:
        started = time.monotonic()
        for i in range(20):
            await client.track("some-action", user={"user_id": str(i)})
        await client.identify(keys={"user_id": "u"}, company={"keys": {"id": "acme"}}, name="U")
        assert time.monotonic() - started < 0.5
        await client.flush_events(timeout=10)
        assert devserver.store.count_events() == 21
        await client.track("after-flush")
    assert devserver.store.count_events() == 22
    assert client.event_stats().sent == 22


async def test_async_offline(devserver: DevServer) -> None:
    async with AsyncSchematic("", offline=True, base_url=devserver.url) as client:
        await client.track("e")
        await client.flush_events()
    assert devserver.stats()["requests"] == {}


def test_every_shape_of_track_survives_the_queue(devserver: DevServer) -> None:
    client = Schematic(DEFAULT_SECRET_KEY, base_url=devserver.url, event_flush_interval=3600)
    calls: list[dict[str, Any]] = [
        {"event": "a"},
        {"event": "b", "company": {"id": "acme", "slug": "acme-inc"}, "user": {}, "traits": {}},
        {
            "event": "c",
            "user": {"user_id": "u"},
            "traits": {"n": 1, "ok": True, "x": None, "f": 1.5},
            "quantity": 0,
        },
        {"event": "d", "company": {"id": "acme"}, "traits": {"tags": ["a", "b"], "nested": {"k": "v"}}},
        {"event": "e", "company": {"id": "acme"}, "user": {"user_id": "u"}, "traits": {}, "quantity": 3},
    ]
    for call in calls:
        client.track(**call)
    client.close()
    assert devserver.store.list_event_bodies("track") == [
        {key: value for key, value in call.items() if key != "event"} | {"event": call["event"]}
        for call in calls
    ]


class Key(str, enum.Enum):
    ID = "id"


def test_the_queue_keeps_what_was_passed_at_the_call(devserver: DevServer) -> None:
    client = Schematic(DEFAULT_SECRET_KEY, base_url=devserver.url, event_flush_interval=3600)
    company, user = {"id": "acme"}, {"user_id": "u", "email": "e@x"}
    traits: dict[str, Any] = {"n": 1}
    nested: dict[str, Any] = {"tags": ["a"]}
    empty: dict[str, Any] = {}
    client.track("a", company=company, user=user, traits=traits)
    client.track("b", company=company, traits=nested)
    client.track("c", user=user, traits=empty)
    client.track("d", company={Key.ID: "acme"}, user={"user_id": Key.ID})  # str subclasses: plain str
    company["id"], user["email"], traits["n"], empty["late"] = "other", "other", 2, True
    nested["tags"].append("b")
    client.close()
    assert devserver.store.list_event_bodies("track") == [
        {
            "event": "a",
            "company": {"id": "acme"},
            "user": {"user_id": "u", "email": "e@x"},
            "traits": {"n": 1},
        },
        {"event": "b", "company": {"id": "acme"}, "traits": {"tags": ["a"]}},
        {"event": "c", "user": {"user_id": "u", "email": "e@x"}, "traits": {}},
        {"event": "d", "company": {"id": "acme"}, "user": {"user_id": "id"}},
    ]


@pytest.mark.slow
def test_eight_threads_of_track_through_503s_and_dropped_connections(devserver: DevServer) -> None:
    # The lock-free hot path under contention and faults: every call is stored exactly once.
    devserver.faults.add("POST", "/event-batch", drop=True, probability=0.03, count=None)
    devserver.faults.add("POST", "/event-batch", status=503, probability=0.2, count=None)
    failures: list[Exception] = []
    client = Schematic(
        DEFAULT_SECRET_KEY,
        base_url=devserver.url,
        timeout=1.0,
        event_batch_size=50,
        event_flush_interval=0.2,
        event_shutdown_timeout=90,
        on_event_error=lambda error, events: failures.append(error),
    )
    start = threading.Barrier(8)

    def produce(thread: int) -> None:
        start.wait()
        for i in range(500):
            client.track("e", company={"id": "acme"}, user={"user_id": f"{thread}-{i}"}, quantity=i)

    threads = [threading.Thread(target=produce, args=(t,)) for t in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    bodies = devserver.store.list_event_bodies("track")
    expected = {f"{t}-{i}" for t in range(8) for i in range(500)}
    assert sorted(body["user"]["user_id"] for body in bodies) == sorted(expected)
    assert all(body["quantity"] == int(body["user"]["user_id"].split("-")[1]) for body in bodies)
    stats = client.event_stats()
    assert (stats.sent, stats.failed, stats.dropped, stats.queued) == (4_000, 0, 0, 0)
    assert stats.retried > 0 and not failures


def test_events_go_through_the_users_event_http_client(devserver: DevServer) -> None:
    seen: list[str] = []
    own = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    client = Schematic(DEFAULT_SECRET_KEY, base_url=devserver.url, event_http_client=own)
    client.track("e", company={"id": "acme"})
    client.close()
    assert seen == ["/event-batch"] and devserver.store.count_events() == 1
    assert not own.is_closed  # the user's client is theirs to close
    own.close()


async def test_async_events_go_through_the_users_event_http_client(devserver: DevServer) -> None:
    # AsyncSchematic's events are sent from a thread: an httpx.AsyncClient cannot carry them, so
    # settings such as proxies or a custom transport come in a sync client of the user's.
    seen: list[str] = []
    own = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    api_client = httpx.AsyncClient()
    async with AsyncSchematic(
        DEFAULT_SECRET_KEY, base_url=devserver.url, http_client=api_client, event_http_client=own
    ) as client:
        await client.track("e", company={"id": "acme"})
    await api_client.aclose()
    assert seen == ["/event-batch"] and devserver.store.count_events() == 1
    assert not own.is_closed
    own.close()


@pytest.mark.parametrize("client_type", [Schematic, AsyncSchematic])
def test_event_http_client_must_be_a_sync_client(client_type: type) -> None:
    with pytest.raises(TypeError, match=r"event_http_client must be an httpx\.Client"):
        client_type(DEFAULT_SECRET_KEY, offline=True, event_http_client=httpx.AsyncClient())
