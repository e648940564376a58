"""Normal delivery against the devserver: batches, chunking, flush, batch=False, stats."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from event_helpers import Failures, stored_keys
from schematic_devserver import DevServer

from schematic_ext._events.pipeline import EventDeliveryTimeoutError, EventPipeline
from schematic_ext._events.wire import identify_event, track_event


def test_events_arrive_with_their_bodies_and_keys(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline]
) -> None:
    pipeline = make_pipeline(devserver.url)
    sent = [
        track_event(
            "report-run", company={"id": "acme"}, user={"user_id": "u1"}, traits={"rows": 3}, quantity=2
        ),
        identify_event({"user_id": "u1"}, company={"keys": {"id": "acme"}, "name": "Acme"}, name="Wile"),
    ]
    for event in sent:
        pipeline.enqueue(event)
    pipeline.flush()
    stored = {event["idempotency_key"]: event for event in devserver.store.events()}
    assert set(stored) == {event["idempotency_key"] for event in sent}
    track = stored[sent[0]["idempotency_key"]]
    assert track["type"] == "track"
    assert track["body"] == {
        "event": "report-run",
        "company": {"id": "acme"},
        "user": {"user_id": "u1"},
        "traits": {"rows": 3},
        "quantity": 2,
    }
    assert stored[sent[1]["idempotency_key"]]["type"] == "identify"
    stats = pipeline.stats()
    assert (stats.queued, stats.sent, stats.failed, stats.batches) == (0, 2, 0, 1)


def test_a_backlog_is_sent_in_chunks_of_at_most_100(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline]
) -> None:
    pipeline = make_pipeline(devserver.url, flush_interval=60)
    for i in range(250):
        pipeline.enqueue(track_event("e", user={"user_id": str(i)}))
    pipeline.flush()
    assert devserver.store.count_events() == 250
    assert devserver.stats()["requests"]["createEventBatch"] == 3
    assert pipeline.stats().batches == 3


def test_a_full_batch_is_sent_without_waiting_for_the_interval(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline]
) -> None:
    pipeline = make_pipeline(devserver.url, batch_size=10, flush_interval=3600)
    for _ in range(10):
        pipeline.enqueue(track_event("e"))
    deadline = threading.Event()
    for _ in range(100):
        if devserver.store.count_events() == 10:
            break
        deadline.wait(0.05)
    assert devserver.store.count_events() == 10


def test_the_interval_sends_a_partial_batch(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline]
) -> None:
    pipeline = make_pipeline(devserver.url, batch_size=100, flush_interval=0.2)
    pipeline.enqueue(track_event("e"))
    waiter = threading.Event()
    for _ in range(100):
        if devserver.store.count_events() == 1:
            break
        waiter.wait(0.05)
    assert devserver.store.count_events() == 1


def test_batch_false_sends_each_event_in_its_own_request(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline]
) -> None:
    pipeline = make_pipeline(devserver.url, batch=False, flush_interval=3600)
    for _ in range(5):
        pipeline.enqueue(track_event("e"))
    pipeline.flush()
    assert devserver.stats()["requests"]["createEventBatch"] == 5
    assert devserver.store.count_events() == 5


def test_flush_with_nothing_queued_returns(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline]
) -> None:
    pipeline = make_pipeline(devserver.url)
    pipeline.flush(timeout=1)
    assert devserver.stats()["requests"].get("createEventBatch", 0) == 0


def test_flush_timeout_keeps_the_events_queued(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    devserver.faults.add("POST", "/event-batch", status=503, count=None)
    pipeline = make_pipeline(devserver.url)
    pipeline.enqueue(track_event("e"))
    with pytest.raises(EventDeliveryTimeoutError, match="1 event"):
        pipeline.flush(timeout=0.5)
    assert pipeline.stats().queued == 1
    devserver.faults.clear()
    pipeline.flush(timeout=10)
    assert pipeline.stats().sent == 1
    assert stored_keys(devserver) and not failures.calls


def test_shutdown_delivers_then_rejects_new_events(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    pipeline = make_pipeline(devserver.url, flush_interval=3600)
    for _ in range(3):
        pipeline.enqueue(track_event("e"))
    pipeline.shutdown(timeout=10)
    pipeline.shutdown(timeout=10)  # idempotent
    assert devserver.store.count_events() == 3
    late = track_event("late")
    pipeline.enqueue(late)
    assert failures.events == [late]
    assert pipeline.stats().dropped == 1
