"""schematichq 1.4's event options and capture format on schematic_ext: `TrackOptions` / `IdentifyOptions`
on both clients, and events sent to ``<event_capture_url>/batch`` with this SDK's delivery guarantees."""

from __future__ import annotations

import dataclasses
import datetime
import json
import threading
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
import schematic.client as official
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import (
    AsyncSchematic,
    EventBodyIdentifyCompany,
    EventDeliveryError,
    IdentifyOptions,
    Schematic,
    TrackOptions,
)
from schematic_ext.testing import RecordingAsyncSchematic, RecordingSchematic

WHEN = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.timezone.utc)


@pytest.mark.parametrize(
    ("theirs", "ours"), [(official.TrackOptions, TrackOptions), (official.IdentifyOptions, IdentifyOptions)]
)
def test_the_options_have_schematichqs_fields_in_its_order_and_defaults(theirs: type, ours: type) -> None:
    assert [(f.name, f.default) for f in dataclasses.fields(theirs)] == [
        (a.name, a.default) for a in attrs.fields(ours)
    ]


def test_positional_arguments_work_as_on_schematichqs_dataclasses() -> None:
    options = TrackOptions("key-1", WHEN, True, True)
    assert (options.idempotency_key, options.sent_at, options.trusted_client_clock, options.backfill) == (
        "key-1",
        WHEN,
        True,
        True,
    )


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"backfill": True}, ValueError, r"backfill=True needs trusted_client_clock=True"),
        ({"backfill": True, "sent_at": WHEN}, ValueError, r"backfill=True needs trusted_client_clock"),
        ({"trusted_client_clock": True}, ValueError, r"trusted_client_clock=True needs sent_at"),
        ({"idempotency_key": ""}, ValueError, r"idempotency_key must be 1 to 255 characters"),
        ({"idempotency_key": "k" * 256}, ValueError, r"idempotency_key must be 1 to 255 characters"),
        ({"idempotency_key": 7}, TypeError, r"idempotency_key must be a str"),
        ({"sent_at": "yesterday"}, ValueError, r"sent_at must be an ISO-8601 timestamp"),
        ({"sent_at": 1714564800}, TypeError, r"sent_at must be a datetime or an ISO-8601 str"),
        ({"trusted_client_clock": "yes", "sent_at": WHEN}, TypeError, r"trusted_client_clock must be a bool"),
    ],
)
def test_bad_track_options_fail_where_they_are_built(
    kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        TrackOptions(**kwargs)


def test_bad_identify_options_fail_where_they_are_built() -> None:
    with pytest.raises(TypeError, match="prewarm must be a list of credit type ids"):
        IdentifyOptions(prewarm="credit-type-id")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="idempotency_key must be 1 to 255"):
        IdentifyOptions(idempotency_key="")
    assert IdentifyOptions(prewarm=["bcrd_1"]).prewarm == ("bcrd_1",)


def test_options_of_the_wrong_kind_fail_at_the_call_site() -> None:
    client = RecordingSchematic()
    with pytest.raises(TypeError, match="options must be None or an instance of TrackOptions, got dict"):
        client.track("e", company={"id": "acme"}, options={"idempotency_key": "k"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="options must be None or an instance of IdentifyOptions"):
        client.identify({"id": "u"}, options=TrackOptions())  # type: ignore[arg-type]
    assert client._events.events() == []  # nothing bad was queued
    client.close()


def test_track_options_set_the_wire_fields_and_a_callers_key_replaces_the_sdks() -> None:
    client = RecordingSchematic()
    naive = datetime.datetime(2024, 5, 1, 12, 0)  # taken as UTC
    client.track(
        "api-call",
        company={"id": "acme"},
        quantity=2,
        options=TrackOptions("import-1", naive, trusted_client_clock=True, backfill=True),
    )
    client.track("api-call", company={"id": "acme"}, options=TrackOptions(sent_at="2024-05-01T12:00:00Z"))
    client.track("api-call", company={"id": "acme"}, options=TrackOptions())
    client.identify({"id": "u"}, options=IdentifyOptions(idempotency_key="identify-1", prewarm=["bcrd_1"]))
    first, second, third, identify = client._events.events()
    assert first == {
        "event_type": "track",
        "body": {"event": "api-call", "company": {"id": "acme"}, "quantity": 2},
        "idempotency_key": "import-1",
        "sent_at": "2024-05-01T12:00:00+00:00",
        "trusted_client_clock": True,
        "backfill": True,
    }
    assert second["sent_at"] == "2024-05-01T12:00:00Z" and "trusted_client_clock" not in second
    assert set(third) == {"event_type", "body", "idempotency_key"}  # the SDK's own key, nothing else
    assert identify["idempotency_key"] == "identify-1" and set(identify) == {
        "event_type",
        "body",
        "idempotency_key",
    }
    client.close()


async def test_the_async_client_takes_the_same_options() -> None:
    client = RecordingAsyncSchematic()
    await client.track("e", user={"user_id": "u"}, options=TrackOptions(idempotency_key="k-1"))
    await client.identify(
        {"id": "u"},
        company=EventBodyIdentifyCompany(keys={"id": "acme"}),
        options=IdentifyOptions(prewarm=["bcrd_1"]),  # accepted; ignored (no credit leases here)
    )
    track, identify = client._events.events()
    assert track["idempotency_key"] == "k-1" and identify["body"]["company"] == {"keys": {"id": "acme"}}
    await client.aclose()


def test_a_repeated_idempotency_key_is_stored_once(devserver: DevServer) -> None:
    client = Schematic(DEFAULT_SECRET_KEY, base_url=devserver.url)
    for _ in range(3):
        client.track("report-generated", company={"id": "acme"}, options=TrackOptions(idempotency_key="once"))
    client.flush_events()
    stored = client.events.list_events(idempotency_key="once").data
    assert len(stored) == 1 and devserver.store.count_events() == 1
    client.close()


def test_a_trusted_client_clock_dates_the_event(devserver: DevServer) -> None:
    client = Schematic(DEFAULT_SECRET_KEY, base_url=devserver.url)
    client.track(
        "api-call",
        company={"id": "acme"},
        options=TrackOptions(idempotency_key="dated", sent_at=WHEN, trusted_client_clock=True),
    )
    client.flush_events()
    (event,) = client.events.list_events(idempotency_key="dated").data
    assert event.sent_at == WHEN
    client.close()


# -- event_capture_url: the capture format, with the same delivery guarantees -----------------------


CaptureClient = Callable[..., tuple[Any, list[dict[str, Any]]]]


@pytest.fixture
def capture_client(devserver: DevServer) -> Iterator[CaptureClient]:
    """Build clients that send events to the devserver's capture endpoint, recording each request body
    (through an event_http_client of the test's, closed at teardown)."""
    own: list[httpx.Client] = []

    def make(flavor: type = Schematic, **kwargs: Any) -> tuple[Any, list[dict[str, Any]]]:
        bodies: list[dict[str, Any]] = []

        def record(request: httpx.Request) -> None:
            bodies.append({"path": request.url.path, **json.loads(request.content)})

        own.append(httpx.Client(event_hooks={"request": [record]}))
        client = flavor(
            DEFAULT_SECRET_KEY,
            base_url=devserver.url,
            event_capture_url=devserver.url,
            event_http_client=own[-1],
            **kwargs,
        )
        return client, bodies

    yield make
    for http in own:
        http.close()


def test_events_go_to_the_capture_batch_in_schematichqs_format(
    devserver: DevServer, capture_client: CaptureClient
) -> None:
    client, bodies = capture_client()
    client.identify({"email": "ada@acme.test"}, company={"keys": {"id": "acme"}}, name="Ada")
    client.track("api-call", company={"id": "acme"}, quantity=3, options=TrackOptions(idempotency_key="k-1"))
    client.close()
    ((request),) = bodies
    assert request["path"] == "/batch"
    identify, track = request["events"]
    assert identify["type"] == "identify" and identify["api_key"] == DEFAULT_SECRET_KEY
    assert identify["body"] == {
        "keys": {"email": "ada@acme.test"},
        "company": {"keys": {"id": "acme"}},
        "name": "Ada",
    }
    assert track == {
        "type": "track",
        "api_key": DEFAULT_SECRET_KEY,
        "body": {"event": "api-call", "company": {"id": "acme"}, "quantity": 3},
        "idempotency_key": "k-1",
    }
    assert "event_type" not in track and isinstance(identify["idempotency_key"], str)
    assert devserver.stats()["requests"] == {"captureEventBatch": 1}
    assert devserver.store.count_events() == 2


async def test_the_async_client_sends_to_the_capture_url_too(
    devserver: DevServer, capture_client: CaptureClient
) -> None:
    client, bodies = capture_client(AsyncSchematic)
    await client.track("api-call", company={"id": "acme"})
    await client.shutdown()
    assert [body["path"] for body in bodies] == ["/batch"] and devserver.store.count_events() == 1


def test_capture_batches_are_retried_until_delivered_and_stored_once(
    devserver: DevServer, capture_client: CaptureClient
) -> None:
    devserver.faults.add("POST", "/batch", status=503, count=2)
    devserver.faults.add("POST", "/batch", drop_after=True, count=1)  # stored, but the answer is lost
    client, bodies = capture_client()
    for i in range(250):
        client.track("api-call", company={"id": "acme"}, user={"user_id": f"u{i}"})
    client.flush_events(timeout=30)
    stats = client.event_stats()
    assert (stats.sent, stats.failed, stats.dropped) == (250, 0, 0) and stats.retried > 0
    assert devserver.store.count_events() == 250  # the idempotency keys made the re-sent batch count once
    assert all(len(body["events"]) <= 100 for body in bodies)
    client.close()


def test_a_rejected_capture_batch_is_bisected_to_the_bad_event(
    devserver: DevServer, capture_client: CaptureClient
) -> None:
    failures: list[tuple[Exception, list[dict[str, Any]]]] = []
    client, _ = capture_client(
        event_flush_interval=3600,
        on_event_error=lambda error, events: failures.append((error, events)),
    )
    assert client._events is not None
    for i in range(7):
        client.track("api-call", user={"user_id": f"u{i}"})
    # Past the call-site checks (as a newer API's event type might be): the capture schema rejects it.
    bad = {"event_type": "no-such-type", "body": {"event": "x"}, "idempotency_key": "bad-1"}
    client._events.enqueue(bad)
    client.track("api-call", user={"user_id": "u7"})
    with pytest.raises(EventDeliveryError) as caught:
        client.flush_events(timeout=10)
    assert caught.value.failed == 1 and caught.value.status_code == 400
    assert [events for _, events in failures] == [[bad]]  # reported as the wire event, without the key
    assert devserver.store.count_events() == 8
    client.close()


def test_several_capture_batches_are_in_flight_at_once(devserver: DevServer) -> None:
    devserver.faults.add("POST", "/batch", latency=0.5, count=None)
    in_flight: list[int] = [0, 0]  # now, most
    lock = threading.Lock()

    def sent(request: httpx.Request) -> None:
        with lock:
            in_flight[0] += 1
            in_flight[1] = max(in_flight)

    def answered(response: httpx.Response) -> None:
        with lock:
            in_flight[0] -= 1

    own = httpx.Client(event_hooks={"request": [sent], "response": [answered]})
    client = Schematic(
        DEFAULT_SECRET_KEY,
        base_url=devserver.url,
        event_capture_url=devserver.url,
        event_http_client=own,
        event_max_in_flight=4,
        event_flush_interval=3600,
    )
    for i in range(400):
        client.track("api-call", user={"user_id": f"u{i}"})
    client.flush_events(timeout=10)
    client.close()
    own.close()
    assert in_flight[1] == 4 and devserver.store.count_events() == 400


def test_events_without_a_capture_url_go_to_the_event_batch(devserver: DevServer) -> None:
    client = Schematic(DEFAULT_SECRET_KEY, base_url=devserver.url)
    client.track("api-call", company={"id": "acme"})
    client.close()
    assert devserver.stats()["requests"] == {"createEventBatch": 1}
