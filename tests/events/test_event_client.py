"""The SegOps-style `EventClient` / `AsyncEventClient` against the devserver, secret and publishable keys."""

from __future__ import annotations

import asyncio
import datetime
import logging
import math
import time
from typing import Any

import httpx
import pytest
from event_helpers import Failures
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, DevServer

from schematic_ext import AsyncEventClient, Event, EventClient, UserContext
from schematic_ext._event_client import track_queued
from schematic_ext._events.wire import wire_event


def bodies(server: DevServer, event_type: str) -> list[dict[str, Any]]:
    return server.store.list_event_bodies(event_type)


def test_track_accepts_an_event_a_dict_or_keywords(devserver: DevServer) -> None:
    with EventClient(devserver.url, DEFAULT_SECRET_KEY, flush_interval=3600) as client:
        client.track(Event(user_id="u1", event_type="signup", payload={"plan": "pro"}))
        client.track({"user_id": "u2", "event_type": "signup"})
        client.track(user_id="u3", event_type="login", occurred_at=datetime.datetime(2024, 5, 1, 12, 0))
        client.identify(user_id="u1", traits={"email": "a@b.c"})
        client.identify(UserContext(user_id="u2"), traits={"seats": 3})
        assert devserver.store.count_events() == 0  # nothing sent on the caller's thread
    assert bodies(devserver, "track") == [
        {"event": "signup", "user": {"user_id": "u1"}, "traits": {"plan": "pro"}},
        {"event": "signup", "user": {"user_id": "u2"}},
        {"event": "login", "user": {"user_id": "u3"}},
    ]
    assert bodies(devserver, "identify") == [
        {"keys": {"user_id": "u1"}, "traits": {"email": "a@b.c"}},
        {"keys": {"user_id": "u2"}, "traits": {"seats": 3}},
    ]
    assert client.stats().sent == 5


def test_occurred_at_becomes_sent_at() -> None:
    naive = wire_event(track_queued(None, "u", "e", datetime.datetime(2024, 5, 1, 12, 0), None))
    assert naive["sent_at"] == "2024-05-01T12:00:00+00:00"
    stamped = wire_event(track_queued(None, "u", "e", "2024-05-01T12:00:00Z", None))
    assert stamped["sent_at"] == "2024-05-01T12:00:00Z"
    assert "sent_at" not in wire_event(track_queued(None, "u", "e", None, None))


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        ((), {"user_id": "u"}, TypeError),
        ((), {"event_type": "e"}, TypeError),
        ((), {"user_id": "", "event_type": "e"}, ValueError),
        ((), {"user_id": 7, "event_type": "e"}, TypeError),
        ((), {"user_id": "u", "event_type": ""}, ValueError),
        ((), {"user_id": "u", "event_type": "e", "occurred_at": "yesterday"}, ValueError),
        ((), {"user_id": "u", "event_type": "e", "occurred_at": 12}, TypeError),
        ((), {"user_id": "u", "event_type": "e", "payload": {"x": object()}}, TypeError),
        (({"user_id": "u", "event_type": "e", "extra": 1},), {}, ValueError),
        ((Event(user_id="u", event_type="e"),), {"user_id": "u"}, TypeError),
        (("signup",), {}, TypeError),
    ],
)
def test_bad_track_calls_raise_at_the_call_site(
    args: tuple[Any, ...], kwargs: dict[str, Any], error: type
) -> None:
    client = EventClient("http://127.0.0.1:9", "sk_x")
    try:
        with pytest.raises(error):
            client.track(*args, **kwargs)
        with pytest.raises(TypeError):
            client.identify(traits={"a": 1})
        assert client.stats().queued == 0
    finally:
        client.close()


@pytest.mark.parametrize(
    ("kwargs", "error", "names"),
    [
        ({"user_id": "u", "event_type": " "}, ValueError, "event_type"),
        ({"user_id": "u", "event_type": 3}, TypeError, "event_type"),
        ({"user_id": "u", "event_type": "e", "payload": "x"}, TypeError, "payload"),
        ({"user_id": "u", "event_type": "e", "payload": {"x": {1, 2}}}, TypeError, "payload"),
        ({"user_id": None, "event_type": "e"}, TypeError, "user_id"),
    ],
)
def test_track_errors_name_the_segops_argument(kwargs: dict[str, Any], error: type, names: str) -> None:
    client = EventClient("http://127.0.0.1:9", "sk_x", offline=True)
    with pytest.raises(error, match=names):
        client.track(**kwargs)


def test_batch_false_sends_each_event_at_once(devserver: DevServer) -> None:
    client = EventClient(devserver.url, DEFAULT_SECRET_KEY, batch=False, flush_interval=3600)
    for i in range(3):
        client.track(user_id=str(i), event_type="e")
    client.flush()
    client.close()
    client.close()  # idempotent alias of shutdown()
    assert devserver.stats()["requests"]["createEventBatch"] == 3


def test_on_error_gets_the_events(devserver: DevServer) -> None:
    failures = Failures()
    client = EventClient(devserver.url, "sk_wrong", on_error=failures)
    client.track(user_id="u", event_type="e")
    client.shutdown()
    assert [event["body"]["event"] for event in failures.events] == ["e"]


def test_the_default_on_error_logs(devserver: DevServer, caplog: pytest.LogCaptureFixture) -> None:
    client = EventClient(devserver.url, "sk_wrong")
    with caplog.at_level(logging.ERROR, logger="schematic_ext"):
        client.track(user_id="u", event_type="e")
        client.shutdown()
    assert "1 event(s) not delivered" in caplog.text


def test_a_publishable_key_runs_the_session_handshake(devserver: DevServer) -> None:
    user = {"id": "u1"}
    client = EventClient(
        devserver.url, DEFAULT_PUBLISHABLE_KEY, get_user=lambda: UserContext(user_id=user["id"])
    )
    client.track(user_id="u1", event_type="e")
    client.flush()
    assert [mint["user_id"] for mint in devserver.mints] == ["u1"]
    user["id"] = "u2"
    client.reset_session()
    client.track(user_id="u2", event_type="e")
    client.shutdown()
    assert [mint["user_id"] for mint in devserver.mints] == ["u1", "u2"]
    assert devserver.store.count_events("track") == 2


def test_a_publishable_key_needs_get_user() -> None:
    with pytest.raises(ValueError, match="get_user"):
        EventClient("http://127.0.0.1:9", DEFAULT_PUBLISHABLE_KEY)


def test_the_key_comes_from_the_environment(devserver: DevServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCHEMATIC_API_KEY", DEFAULT_SECRET_KEY)
    with EventClient(devserver.url) as client:
        client.track(user_id="u", event_type="e")
    assert devserver.store.count_events() == 1


def test_offline_sends_nothing(devserver: DevServer) -> None:
    with EventClient(devserver.url, offline=True) as client:
        client.track(user_id="u", event_type="e")
        client.identify(user_id="u")
        with pytest.raises(ValueError):
            client.track(user_id="u", event_type="")
        client.flush()
    assert devserver.stats()["requests"] == {}
    assert client.stats().sent == 0


async def test_async_event_client(devserver: DevServer) -> None:
    devserver.faults.add("POST", "/event-batch", latency=1.0, count=1)
    async with AsyncEventClient(devserver.url, DEFAULT_SECRET_KEY, batch_size=1) as client:
        started = time.monotonic()
        for i in range(50):
            await client.track(user_id=str(i), event_type="e")
        await client.identify(user_id="u1", traits={"n": 1})
        assert time.monotonic() - started < 0.5  # enqueueing never waits for the slow server
        await client.flush()
        assert devserver.store.count_events() == 51
        await client.track(Event(user_id="u", event_type="last"))
    assert devserver.store.count_events() == 52
    await client.aclose()


async def test_async_event_client_keeps_the_loop_free(devserver: DevServer) -> None:
    devserver.faults.add("POST", "/event-batch", latency=1.0, count=1)
    client = AsyncEventClient(devserver.url, DEFAULT_SECRET_KEY)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    await client.track(user_id="u", event_type="e")
    await client.flush()  # ~1 s of server latency, waited for in a thread
    task.cancel()
    await client.shutdown()
    assert ticks > 30


def test_context_manager_flushes_even_on_error(devserver: DevServer) -> None:
    with (
        pytest.raises(RuntimeError),
        EventClient(devserver.url, DEFAULT_SECRET_KEY, flush_interval=3600) as client,
    ):
        client.track(user_id="u", event_type="e")
        raise RuntimeError("boom")
    assert devserver.store.count_events() == 1


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        (("ftp://x",), {}, ValueError, "api_url must be an http"),
        ((), {"batch_size": 0}, ValueError, "batch_size must be an int >= 1"),
        ((), {"flush_interval": -1}, ValueError, "flush_interval must be a non-negative number"),
        ((), {"flush_interval": math.inf}, ValueError, "flush_interval must be finite"),
        ((), {"on_error": "print"}, TypeError, "on_error must be callable"),
        ((), {"max_queue_size": 1.5}, ValueError, "max_queue_size must be an int >= 1"),
        ((), {"timeout": math.nan}, ValueError, "timeout must be a non-negative number"),
        ((), {"shutdown_timeout": "10"}, ValueError, "shutdown_timeout must be a non-negative number"),
        ((), {"max_in_flight": 0}, ValueError, "max_in_flight must be an int >= 1"),
        ((), {"http_client": httpx.AsyncClient()}, TypeError, "http_client must be an httpx.Client"),
        ((), {"get_user": "u"}, TypeError, "get_user must be callable"),
        ((), {"offline": 1}, TypeError, "offline must be a bool"),
        ((), {"batch": "yes"}, TypeError, "batch must be a bool"),
        ((), {"auth": "sk_x"}, TypeError, "auth must be an httpx.Auth"),
    ],
)
@pytest.mark.parametrize("kind", [EventClient, AsyncEventClient])
def test_bad_settings_raise_naming_the_segops_argument(
    kind: type[EventClient | AsyncEventClient],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=f"^{message}"):
        kind(*(args or ("http://127.0.0.1:9",)), "sk_x", **kwargs)


def test_offline_settings_are_validated_too() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        EventClient("http://127.0.0.1:9", offline=True, batch_size=0)


def test_math_inf_shutdown_timeout_waits_for_delivery(devserver: DevServer) -> None:
    client = EventClient(devserver.url, DEFAULT_SECRET_KEY, shutdown_timeout=math.inf, flush_interval=3600)
    client.track(user_id="u", event_type="e")
    client.shutdown()
    assert devserver.store.count_events() == 1
