"""Lose nothing: faults, outages, rate limits, bad events, overflow, deadlines and fork, on real sockets."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from event_helpers import FAST_RETRY, Failures, api_client, stored_keys
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext._auth import ApiKeyAuth
from schematic_ext._base_client import ClientOptions, SyncApiClient
from schematic_ext._errors import BadRequestError, UnauthorizedError
from schematic_ext._events.pipeline import (
    EventDeliveryError,
    EventDeliveryTimeoutError,
    EventPipeline,
    EventQueueFullError,
)
from schematic_ext._events.wire import track_event


def produce(pipeline: EventPipeline, threads: int, per_thread: int, name: str = "e") -> set[str]:
    """Enqueue from many threads at once; return the idempotency keys of everything enqueued."""
    keys: list[str] = []
    start = threading.Barrier(threads)

    def run(t: int) -> None:
        mine = [track_event(name, user={"user_id": f"{t}-{i}"}) for i in range(per_thread)]
        start.wait()
        for event in mine:
            pipeline.enqueue(event)
        keys.extend(event["idempotency_key"] for event in mine)

    workers = [threading.Thread(target=run, args=(t,)) for t in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return set(keys)


def assert_stored_exactly(server: DevServer, keys: set[str]) -> None:
    stored = stored_keys(server)
    assert len(stored) == len(set(stored)), "an event was stored twice"
    assert set(stored) == keys


@pytest.mark.slow
def test_ten_thousand_events_from_eight_threads_through_503s_and_dropped_connections(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    devserver.faults.add("POST", "/event-batch", drop=True, probability=0.05, count=None)
    # Answers after the client gave up: the server stores the batch, the client re-sends it.
    devserver.faults.add("POST", "/event-batch", latency=1.5, probability=0.02, count=None)
    devserver.faults.add("POST", "/event-batch", status=503, probability=0.3, count=None)
    pipeline = make_pipeline(devserver.url, batch_size=50, flush_interval=0.5, request_timeout=1.0)
    keys = produce(pipeline, threads=8, per_thread=1250)
    pipeline.shutdown(timeout=90)
    time.sleep(1.6)  # let a batch that answers late finish on the server before counting
    assert len(keys) == 10_000
    assert_stored_exactly(devserver, keys)
    stats = pipeline.stats()
    assert (stats.sent, stats.failed, stats.dropped, stats.queued) == (10_000, 0, 0, 0)
    assert stats.retried > 0 and devserver.stats()["faults_triggered"] > 0
    assert not failures.calls


@pytest.mark.slow
def test_a_ten_second_outage_loses_nothing(
    devserver_factory: Callable[..., DevServer],
    make_pipeline: Callable[..., EventPipeline],
    failures: Failures,
) -> None:
    server = devserver_factory()
    pipeline = make_pipeline(server.url, flush_interval=0.2)
    keys = produce(pipeline, threads=2, per_thread=200, name="before")
    pipeline.flush(timeout=30)
    server.stop()
    keys |= produce(pipeline, threads=2, per_thread=300, name="during")
    time.sleep(10)
    assert pipeline.stats().queued == 600 and pipeline.stats().retried > 0
    server.start()
    keys |= produce(pipeline, threads=2, per_thread=100, name="after")
    pipeline.flush(timeout=60)
    assert_stored_exactly(server, keys)
    assert len(keys) == 1200 and not failures.calls


class RequestTimes:
    """An httpx event hook recording when each request left."""

    def __init__(self) -> None:
        self.times: list[float] = []

    def __call__(self, request: httpx.Request) -> None:
        self.times.append(time.monotonic())


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured(devserver: DevServer, status: int) -> None:
    devserver.faults.add("POST", "/event-batch", status=status, retry_after=2, count=1)
    times = RequestTimes()
    http = httpx.Client(event_hooks={"request": [times]})
    api = SyncApiClient(ClientOptions(base_url=devserver.url, auth=ApiKeyAuth(DEFAULT_SECRET_KEY)), http)
    pipeline = EventPipeline(api, retry_policy=FAST_RETRY)
    try:
        pipeline.enqueue(track_event("e"))
        pipeline.flush(timeout=10)
    finally:
        pipeline.shutdown()
        http.close()
    assert len(times.times) == 2
    assert times.times[1] - times.times[0] >= 2.0
    assert devserver.store.count_events() == 1


def test_a_bad_event_is_isolated_by_bisection(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    pipeline = make_pipeline(devserver.url, flush_interval=3600)
    good = [track_event("e", user={"user_id": str(i)}) for i in range(11)]
    # Bypasses the call-site checks (as a newer API might): the server's schema rejects the batch.
    bad = {"event_type": "no-such-type", "body": {"event": "x"}, "idempotency_key": "bad-1"}
    for event in [*good[:7], bad, *good[7:]]:
        pipeline.enqueue(event)
    with pytest.raises(EventDeliveryError) as caught:
        pipeline.flush(timeout=10)
    assert caught.value.failed == 1 and caught.value.status_code == 400
    assert_stored_exactly(devserver, {event["idempotency_key"] for event in good})
    assert [events for _, events in failures.calls] == [[bad]]
    assert isinstance(failures.calls[0][0], BadRequestError)
    stats = pipeline.stats()
    assert (stats.sent, stats.failed) == (11, 1)


def test_a_400_for_a_good_batch_is_delivered_after_bisection(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    devserver.faults.add("POST", "/event-batch", status=400, count=1)
    pipeline = make_pipeline(devserver.url, flush_interval=3600)
    events = [track_event("e") for _ in range(8)]
    for event in events:
        pipeline.enqueue(event)
    pipeline.flush(timeout=10)
    assert_stored_exactly(devserver, {event["idempotency_key"] for event in events})
    assert not failures.calls


def test_a_bad_key_fails_the_batch_without_retrying_forever(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    pipeline = make_pipeline(devserver.url, api_key="sk_wrong")
    events = [track_event("e") for _ in range(3)]
    for event in events:
        pipeline.enqueue(event)
    with pytest.raises(EventDeliveryError):
        pipeline.flush(timeout=10)
    assert failures.events == events
    assert isinstance(failures.calls[0][0], UnauthorizedError)
    assert devserver.stats()["requests"]["createEventBatch"] == 1


def test_overflow_rejects_new_events_and_reports_exactly_them(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    devserver.faults.add("POST", "/event-batch", status=503, count=None)
    pipeline = make_pipeline(devserver.url, max_queue_size=10)
    events = [track_event("e", user={"user_id": str(i)}) for i in range(15)]
    started = time.monotonic()
    for event in events:
        pipeline.enqueue(event)
    assert time.monotonic() - started < 1.0  # overflow does not block (a generous functional bound)
    assert failures.events == events[10:]
    assert all(isinstance(error, EventQueueFullError) for error, _ in failures.calls)
    assert pipeline.stats().dropped == 5 and pipeline.stats().queued == 10
    devserver.faults.clear()
    pipeline.flush(timeout=10)
    assert_stored_exactly(devserver, {event["idempotency_key"] for event in events[:10]})


def test_overflow_from_many_threads_delivers_or_reports_every_event(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    # The bound is checked without a lock: racing producers may each slip one event past it, but
    # every event is either stored or handed to on_error, never both and never neither.
    devserver.faults.add("POST", "/event-batch", latency=0.3, count=None)
    pipeline = make_pipeline(devserver.url, max_queue_size=200, batch_size=50)
    keys = produce(pipeline, threads=8, per_thread=500)
    rejected = failures.keys
    assert all(isinstance(error, EventQueueFullError) for error, _ in failures.calls)
    assert 0 < len(rejected) < len(keys)
    peak = pipeline.stats()
    assert peak.queued <= 200 + 8
    devserver.faults.clear()
    pipeline.shutdown(timeout=30)
    assert_stored_exactly(devserver, keys - rejected)
    stats = pipeline.stats()
    assert (stats.sent, stats.dropped) == (len(keys - rejected), len(rejected))
    assert (stats.failed, stats.queued) == (0, 0)


def test_a_deadline_limited_shutdown_reports_exactly_the_undelivered(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    pipeline = make_pipeline(devserver.url, flush_interval=0.1)
    delivered = produce(pipeline, threads=2, per_thread=50, name="ok")
    pipeline.flush(timeout=10)
    devserver.faults.add("POST", "/event-batch", status=503, count=None)
    undelivered = produce(pipeline, threads=4, per_thread=100, name="late")
    started = time.monotonic()
    pipeline.shutdown(timeout=1.0)
    assert time.monotonic() - started < 5.0
    assert failures.keys == undelivered and len(failures.events) == 400
    assert_stored_exactly(devserver, delivered)
    stats = pipeline.stats()
    assert (stats.sent, stats.failed, stats.queued) == (100, 400, 0)


def test_shutdown_deadline_bounds_a_hanging_request(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    devserver.faults.add("POST", "/event-batch", latency=30, count=None)
    pipeline = make_pipeline(devserver.url, flush_interval=0.05, request_timeout=3.0)
    sent = track_event("e")
    pipeline.enqueue(sent)
    time.sleep(0.3)  # the request is in flight, with a 3 s timeout of its own
    queued = [track_event("q") for _ in range(3)]
    for event in queued:
        pipeline.enqueue(event)
    started = time.monotonic()
    pipeline.shutdown(timeout=1.0)
    assert time.monotonic() - started < 1.0 + 1.0  # the deadline (plus a 0.5 s grace), not 1 + 3 s
    assert [events for _, events in failures.calls] == [[sent], queued]
    assert all(isinstance(error, EventDeliveryTimeoutError) for error, _ in failures.calls)
    assert "may have been delivered" in str(failures.calls[0][0])
    time.sleep(3.0)  # the request times out in the worker: nothing is reported or counted twice
    assert len(failures.calls) == 2
    stats = pipeline.stats()
    assert (stats.sent, stats.failed, stats.queued) == (0, 4, 0)


def test_a_batch_that_arrives_after_the_deadline_is_reported_once_and_stored_once(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    devserver.faults.add("POST", "/event-batch", latency=1.5, count=1)
    pipeline = make_pipeline(devserver.url, flush_interval=0.05, request_timeout=5.0)
    event = track_event("e")
    pipeline.enqueue(event)
    time.sleep(0.3)
    pipeline.shutdown(timeout=0.2)
    assert failures.events == [event]  # reported: the app may re-send it
    time.sleep(2.0)  # the server answers 200 after all
    assert_stored_exactly(devserver, {event["idempotency_key"]})
    assert failures.events == [event]
    stats = pipeline.stats()
    assert (stats.sent, stats.failed) == (0, 1)
    # Re-sending what on_error received is safe: the idempotency key dedupes it.
    retry = make_pipeline(devserver.url)
    retry.enqueue(event)
    retry.flush(timeout=10)
    assert_stored_exactly(devserver, {event["idempotency_key"]})


def test_an_ambiguous_failure_is_not_counted_twice(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    devserver.faults.add("POST", "/event-batch", latency=1.0, count=1)
    pipeline = make_pipeline(devserver.url, request_timeout=0.3)
    events = [track_event("e") for _ in range(20)]
    for event in events:
        pipeline.enqueue(event)
    pipeline.flush(timeout=10)
    time.sleep(1.2)  # the first copy is stored once the server wakes up
    assert_stored_exactly(devserver, {event["idempotency_key"] for event in events})
    assert pipeline.stats().retried >= 20


@pytest.mark.slow
def test_fork_mid_stream_parent_and_child_each_deliver_their_own_events_once(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    devserver.faults.add("POST", "/event-batch", latency=0.5, count=2)
    pipeline = make_pipeline(devserver.url, batch_size=20, flush_interval=0.1)
    before = produce(pipeline, threads=1, per_thread=300, name="parent")
    time.sleep(0.1)
    assert pipeline.stats().queued > 0  # in flight and queued at the fork
    pid = os.fork()
    if pid == 0:  # the child: its own events only, then leave without pytest's teardown
        code = 1
        try:
            child_stats = pipeline.stats()
            for i in range(150):
                pipeline.enqueue(track_event("child", user={"user_id": str(i)}))
            pipeline.shutdown(timeout=20)
            stats = pipeline.stats()
            ok = child_stats.queued == 0 and (stats.sent, stats.failed, stats.queued) == (150, 0, 0)
            code = 0 if ok else 2
        finally:
            os._exit(code)
    after = produce(pipeline, threads=2, per_thread=100, name="parent")
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    pipeline.shutdown(timeout=20)
    stored = devserver.store.events()
    keys = [event["idempotency_key"] for event in stored]
    assert len(keys) == len(set(keys)) == 300 + 150 + 200
    assert {event["idempotency_key"] for event in stored if event["subtype"] == "parent"} == before | after
    assert sum(event["subtype"] == "child" for event in stored) == 150
    assert not failures.calls


def test_an_idle_pipeline_can_be_garbage_collected_and_reports_what_it_held(devserver: DevServer) -> None:
    failures = Failures()
    pipeline = EventPipeline(api_client(devserver.url), flush_interval=3600, on_error=failures)
    event = track_event("e")
    pipeline.enqueue(event)
    time.sleep(0.1)
    (thread,) = pipeline._workers
    assert thread.is_alive()
    del pipeline
    gc.collect()
    assert failures.events == [event]
    assert isinstance(failures.calls[0][0], EventDeliveryTimeoutError)


def test_queued_events_are_delivered_at_interpreter_exit(devserver: DevServer) -> None:
    script = textwrap.dedent(
        f"""
        from schematic_ext._base_client import ClientOptions, SyncApiClient
        from schematic_ext._auth import ApiKeyAuth
        from schematic_ext._events.pipeline import EventPipeline
        from schematic_ext._events.wire import track_event

        api = SyncApiClient(ClientOptions(base_url={devserver.url!r}, auth=ApiKeyAuth({DEFAULT_SECRET_KEY!r})))
        pipeline = EventPipeline(api, flush_interval=3600)
        for i in range(5):
            pipeline.enqueue(track_event("at-exit"))
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert devserver.store.count_events("track") == 5
