"""Fault injection and counters, in-process and over the HTTP control interface."""

from __future__ import annotations

import time

import httpx
import pytest
from schematic_devserver import DevServer

TRACK = {"events": [{"event_type": "track", "idempotency_key": "k1", "body": {"event": "e"}}]}


def test_status_fault_answers_without_processing_then_expires(
    devserver: DevServer, api: httpx.Client
) -> None:
    devserver.faults.add("POST", "/event-batch", status=503, count=2)
    assert api.post("/event-batch", json=TRACK).status_code == 503
    second = api.post("/event-batch", json=TRACK)
    assert second.status_code == 503
    assert second.json() == {"error": "injected fault"}
    assert devserver.store.count_events() == 0
    assert api.post("/event-batch", json=TRACK).status_code == 201
    assert devserver.store.count_events() == 1
    stats = devserver.stats()
    assert stats["requests"]["createEventBatch"] == 3
    assert stats["faults_triggered"] == 2
    assert stats["events_stored"] == 1


def test_429_carries_retry_after(devserver: DevServer, api: httpx.Client) -> None:
    devserver.faults.add("*", "/flags/*/check", status=429, retry_after=2.0)
    response = api.post("/flags/anything/check", json={})
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "2"
    devserver.faults.add("POST", "/flags/*/check", status=429, retry_after="Wed, 21 Oct 2015 07:28:00 GMT")
    assert api.post("/flags/x/check", json={}).headers["Retry-After"] == "Wed, 21 Oct 2015 07:28:00 GMT"


@pytest.mark.parametrize("status", [408, 500, 502, 503])
def test_each_status(devserver: DevServer, api: httpx.Client, status: int) -> None:
    devserver.faults.add(status=status)
    assert api.get("/flags").status_code == status
    assert api.get("/flags").status_code == 200


def test_pattern_and_method_must_both_match(devserver: DevServer, api: httpx.Client) -> None:
    devserver.faults.add("POST", "/flags/*/check", status=500, count=None)
    assert api.get("/flags").status_code == 200
    assert api.post("/flags/check", json={}).status_code == 201  # /flags/check has no middle segment
    assert api.post("/flags/a/check", json={}).status_code == 500
    assert api.post("/flags/b/check", json={}).status_code == 500
    devserver.faults.clear()
    assert api.post("/flags/b/check", json={}).status_code == 404


def test_latency_delays_then_serves(devserver: DevServer, api: httpx.Client) -> None:
    devserver.faults.add("GET", "/flags", latency=0.3)
    started = time.monotonic()
    response = api.get("/flags")
    assert time.monotonic() - started >= 0.3
    assert response.status_code == 200
    started = time.monotonic()
    api.get("/flags")
    assert time.monotonic() - started < 0.3


def test_latency_exceeding_client_timeout_times_out(devserver: DevServer, api: httpx.Client) -> None:
    devserver.faults.add("POST", "/event-batch", latency=1.0)
    with pytest.raises(httpx.ReadTimeout):
        api.post("/event-batch", json=TRACK, timeout=0.2)


def test_drop_closes_connection_without_a_response(devserver: DevServer, api: httpx.Client) -> None:
    devserver.faults.add("POST", "/event-batch", drop=True)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post("/event-batch", json=TRACK)
    assert devserver.store.count_events() == 0
    assert api.post("/event-batch", json=TRACK).status_code == 201
    assert devserver.stats()["faults_triggered"] == 1
    assert devserver.errors == []


def test_drop_after_stores_the_batch_then_closes_without_a_response(
    devserver: DevServer, api: httpx.Client
) -> None:
    devserver.faults.add("POST", "/event-batch", drop_after=True)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post("/event-batch", json=TRACK)
    assert devserver.store.count_events() == 1  # processed: the client cannot tell
    assert devserver.errors == []


def test_connections_counts_distinct_client_connections(devserver: DevServer) -> None:
    headers = {"X-Schematic-Api-Key": "sk_test_devserver"}
    with httpx.Client(base_url=devserver.url, headers=headers) as one:
        for _ in range(5):
            one.get("/flags")  # keep-alive: one connection
    for _ in range(3):
        httpx.get(f"{devserver.url}/flags", headers=headers)  # a new connection each
    assert devserver.stats()["connections"] == 4
    devserver.reset_stats()
    assert devserver.stats()["connections"] == 0


def test_probability_zero_never_fires(devserver: DevServer, api: httpx.Client) -> None:
    devserver.faults.add(status=500, count=None, probability=0.0)
    assert all(api.get("/flags").status_code == 200 for _ in range(20))


def test_reset_stats(devserver: DevServer, api: httpx.Client) -> None:
    api.get("/flags")
    assert devserver.stats()["requests"] == {"listFlags": 1}
    devserver.reset_stats()
    assert devserver.stats()["requests"] == {}


def test_invalid_faults_are_rejected(devserver: DevServer) -> None:
    with pytest.raises(ValueError):
        devserver.faults.add(status=200)
    with pytest.raises(ValueError):
        devserver.faults.add(count=0)
    with pytest.raises(ValueError):
        devserver.faults.add(status=500, drop=True)
    with pytest.raises(ValueError):
        devserver.faults.add(drop=True, drop_after=True)


def test_http_control_interface(devserver: DevServer, api: httpx.Client) -> None:
    created = api.post(
        "/_devserver/faults", json={"method": "GET", "path": "/flags", "status": 502, "count": None}
    )
    assert created.status_code == 201
    assert api.get("/flags").status_code == 502
    assert api.get("/_devserver/faults").json()[0]["status"] == 502
    assert api.delete("/_devserver/faults").status_code == 200
    assert api.get("/flags").status_code == 200
    stats = api.get("/_devserver/stats").json()
    assert stats["requests"]["listFlags"] == 2
    assert stats["faults_triggered"] == 1
    assert api.post("/_devserver/faults", json={"status": 200}).status_code == 400
    assert api.post("/_devserver/reset").json() == {"reset": True, "data": False}
    assert api.get("/_devserver/stats").json()["requests"] == {}


def test_http_control_reset_can_wipe_data(devserver: DevServer, api: httpx.Client) -> None:
    api.post("/event-batch", json=TRACK)
    assert api.post("/_devserver/reset", json={"data": True}).status_code == 200
    assert devserver.store.count_events() == 0


def test_wipe_leaves_no_usage_behind(devserver: DevServer, api: httpx.Client) -> None:
    company = api.post("/companies", json={"keys": {"id": "acme"}}).json()["data"]["id"]
    body = {"event": "api-call", "company": {"id": "acme"}, "quantity": 7}
    event = {"event_type": "track", "idempotency_key": "u1", "body": body}
    assert api.post("/event-batch", json={"events": [event]}).status_code == 201
    assert devserver.store.usage(company, "api-call", None) == 7
    devserver.store.wipe()
    assert devserver.store.usage(company, "api-call", None) == 0
    assert devserver.store.company_metrics(company) == []
