"""Delivery with several batches in flight: no head-of-line blocking, outages drained, deadlines used up."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
import pytest
from event_helpers import Failures, api_client, stored_keys
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import EventClient, Schematic
from schematic_ext._auth import ApiKeyAuth
from schematic_ext._base_client import ClientOptions, SyncApiClient
from schematic_ext._events.pipeline import EventPipeline
from schematic_ext._events.wire import track_event

EVENTS = 10_000
THREADS = 8


def faulty_batches(server: DevServer) -> None:
    """30 % of batch requests answer 503; 10 % are stored, then their connection drops unanswered."""
    server.faults.add("POST", "/event-batch", status=503, probability=0.3, count=None)
    server.faults.add("POST", "/event-batch", drop_after=True, probability=0.1 / 0.7, count=None)


def run_threads(threads: int, target: Callable[[int], None]) -> None:
    start = threading.Barrier(threads)

    def run(index: int) -> None:
        start.wait()
        target(index)

    workers = [threading.Thread(target=run, args=(t,)) for t in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


def assert_each_stored_once(server: DevServer, expected: int) -> None:
    keys = stored_keys(server)
    assert len(keys) == len(set(keys)), "an event was stored twice"
    assert len(keys) == expected


@pytest.mark.slow
def test_event_client_delivers_ten_thousand_through_503s_and_drops_by_the_default_deadline(
    devserver: DevServer, failures: Failures
) -> None:
    faulty_batches(devserver)
    client = EventClient(
        devserver.url, DEFAULT_SECRET_KEY, batch_size=50, flush_interval=0.2, on_error=failures
    )
    per_thread = EVENTS // THREADS

    def produce(t: int) -> None:
        for i in range(per_thread):
            client.track(user_id=f"{t}-{i}", event_type="e")

    run_threads(THREADS, produce)
    client.shutdown()  # the default 10 s deadline
    assert not failures.calls
    assert_each_stored_once(devserver, EVENTS)
    stats = client.stats()
    assert (stats.sent, stats.failed, stats.queued) == (EVENTS, 0, 0)
    assert stats.retried > 0


@pytest.mark.slow
def test_schematic_track_delivers_ten_thousand_through_503s_and_drops_by_the_default_deadline(
    devserver: DevServer, failures: Failures
) -> None:
    faulty_batches(devserver)
    client = Schematic(
        DEFAULT_SECRET_KEY,
        base_url=devserver.url,
        event_batch_size=50,
        event_flush_interval=0.2,
        on_event_error=failures,
    )
    per_thread = EVENTS // THREADS

    def produce(t: int) -> None:
        for i in range(per_thread):
            client.track("e", user={"user_id": f"{t}-{i}"}, company={"id": "acme"})

    run_threads(THREADS, produce)
    client.close()  # the default 10 s deadline
    assert not failures.calls
    assert_each_stored_once(devserver, EVENTS)
    assert client.event_stats().sent == EVENTS


@pytest.mark.slow
def test_a_backlog_queued_during_a_ten_second_outage_arrives_within_five_seconds_of_the_restart(
    devserver_factory: Callable[..., DevServer], failures: Failures
) -> None:
    server = devserver_factory()
    client = Schematic(DEFAULT_SECRET_KEY, base_url=server.url, on_event_error=failures)  # defaults
    client.track("warm-up")
    client.flush_events(timeout=10)
    server.stop()
    for i in range(5_000):
        client.track("during", user={"user_id": str(i)})
    time.sleep(10)
    assert client.event_stats().queued == 5_000
    server.start()
    restarted = time.monotonic()
    while server.store.count_events() < 5_001 and time.monotonic() - restarted < 30:
        time.sleep(0.05)
    took = time.monotonic() - restarted
    assert server.store.count_events() == 5_001
    assert took < 5.0, f"the backlog took {took:.1f}s to arrive after the restart"
    client.close()
    assert not failures.calls


class Overlap:
    """httpx hooks that track how many requests were in flight at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.now = 0
        self.most = 0

    def sent(self, request: httpx.Request) -> None:
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)

    def answered(self, response: httpx.Response) -> None:
        with self._lock:
            self.now -= 1


def pipeline_with_hooks(url: str, overlap: Overlap, **kwargs: object) -> tuple[EventPipeline, httpx.Client]:
    http = httpx.Client(event_hooks={"request": [overlap.sent], "response": [overlap.answered]})
    api = SyncApiClient(ClientOptions(base_url=url, auth=ApiKeyAuth(DEFAULT_SECRET_KEY)), http)
    return EventPipeline(api, **kwargs), http  # type: ignore[arg-type]


def test_several_batches_are_in_flight_at_once(devserver: DevServer, failures: Failures) -> None:
    devserver.faults.add("POST", "/event-batch", latency=0.5, count=None)
    overlap = Overlap()
    pipeline, http = pipeline_with_hooks(
        devserver.url, overlap, batch_size=100, flush_interval=3600, max_in_flight=4, on_error=failures
    )
    try:
        for i in range(400):
            pipeline.enqueue(track_event("e", user={"user_id": str(i)}))
        pipeline.flush(timeout=10)
    finally:
        pipeline.shutdown()
        http.close()
    assert overlap.most == 4
    assert_each_stored_once(devserver, 400)
    assert not failures.calls


def test_max_in_flight_one_sends_one_batch_at_a_time(devserver: DevServer, failures: Failures) -> None:
    devserver.faults.add("POST", "/event-batch", latency=0.1, count=None)
    overlap = Overlap()
    pipeline, http = pipeline_with_hooks(
        devserver.url, overlap, batch_size=100, flush_interval=3600, max_in_flight=1, on_error=failures
    )
    try:
        for _ in range(300):
            pipeline.enqueue(track_event("e"))
        pipeline.flush(timeout=10)
    finally:
        pipeline.shutdown()
        http.close()
    assert overlap.most == 1
    assert_each_stored_once(devserver, 300)


def test_a_failing_batch_does_not_hold_up_the_batches_behind_it(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    # The first batch hangs for 2 s and then fails; the three behind it are stored meanwhile.
    devserver.faults.add("POST", "/event-batch", latency=2.0, status=503, count=1)
    pipeline = make_pipeline(devserver.url, batch_size=100, flush_interval=3600, max_in_flight=4)
    first = [track_event("first", user={"user_id": str(i)}) for i in range(100)]
    behind = [track_event("behind", user={"user_id": str(i)}) for i in range(300)]
    for event in first:
        pipeline.enqueue(event)
    time.sleep(0.3)  # the first batch is in flight
    for event in behind:
        pipeline.enqueue(event)
    deadline = time.monotonic() + 1.5
    while devserver.store.count_events() < 300 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert set(stored_keys(devserver)) == {event["idempotency_key"] for event in behind}
    pipeline.flush(timeout=10)  # waits for the first batch too, resolved last
    assert_each_stored_once(devserver, 400)
    assert not failures.calls and pipeline.stats().retried == 100


def test_flush_waits_for_a_slow_early_batch_resolved_after_later_ones(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline]
) -> None:
    devserver.faults.add("POST", "/event-batch", latency=1.0, count=1)
    pipeline = make_pipeline(devserver.url, batch_size=50, flush_interval=3600)
    for i in range(200):
        pipeline.enqueue(track_event("e", user={"user_id": str(i)}))
    pipeline.flush(timeout=10)
    assert_each_stored_once(devserver, 200)
    assert pipeline.stats().queued == 0


def test_shutdown_tries_once_more_before_its_deadline_rather_than_giving_up(
    devserver: DevServer, failures: Failures
) -> None:
    # The server asks for 10 s; the deadline is 2 s away: the last try goes out just before it.
    devserver.faults.add("POST", "/event-batch", status=503, retry_after=10, count=1)
    pipeline = EventPipeline(api_client(devserver.url), flush_interval=0.05, on_error=failures)
    pipeline.enqueue(track_event("e"))
    time.sleep(0.3)  # the first try got its 503
    started = time.monotonic()
    pipeline.shutdown(timeout=2.0)
    assert 1.0 < time.monotonic() - started < 2.5
    assert devserver.store.count_events() == 1
    assert not failures.calls
    assert pipeline.stats().sent == 1


def test_a_batch_still_failing_at_the_deadline_is_reported_with_its_last_error(
    devserver: DevServer, make_pipeline: Callable[..., EventPipeline], failures: Failures
) -> None:
    devserver.faults.add("POST", "/event-batch", status=503, count=None)
    pipeline = make_pipeline(devserver.url, flush_interval=0.05)
    events = [track_event("e") for _ in range(5)]
    for event in events:
        pipeline.enqueue(event)
    pipeline.shutdown(timeout=1.0)
    assert failures.events == events
    assert all(error.status_code == 503 for error, _ in failures.calls)
    assert pipeline.stats().failed == 5
