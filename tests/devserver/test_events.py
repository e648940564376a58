"""Event ingestion: storage, identify/track side effects, idempotency, capture format, history."""

from __future__ import annotations

from typing import Any

import httpx
from schematic_devserver import DevServer


def track(
    key: str, event: str = "api-call", domain: str = "acme.test", quantity: int | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"event": event, "company": {"domain": domain}}
    if quantity is not None:
        body["quantity"] = quantity
    return {"event_type": "track", "idempotency_key": key, "body": body}


def test_create_event_returns_receipt(devserver: DevServer, api: httpx.Client) -> None:
    response = api.post("/events", json=track("k1"), headers={"User-Agent": "test-agent"})
    assert response.status_code == 201
    receipt = response.json()["data"]
    assert receipt["remote_ip"] == "127.0.0.1"
    assert receipt["user_agent"] == "test-agent"
    assert receipt["captured_at"].endswith("Z")
    stored = api.get(f"/events/{receipt['event_id']}").json()["data"]
    assert (stored["type"], stored["subtype"], stored["quantity"], stored["idempotency_key"]) == (
        "track",
        "api-call",
        1,
        "k1",
    )
    assert stored["company"]["id"] == stored["company_id"] is not None
    assert api.get("/events/evt_missing").status_code == 404


def test_idempotency_key_is_accepted_but_stored_once(devserver: DevServer, api: httpx.Client) -> None:
    first = api.post("/event-batch", json={"events": [track("a"), track("b"), track("a")]})
    assert first.status_code == 201
    ids = [r["event_id"] for r in first.json()["data"]["events"]]
    assert ids[0] == ids[2] != ids[1]
    again = api.post("/event-batch", json={"events": [track("a"), track("c")]})
    assert again.status_code == 201
    assert again.json()["data"]["events"][0]["event_id"] == ids[0]
    assert devserver.store.count_events() == 3
    assert devserver.store.distinct_idempotency_keys() == 3
    assert devserver.stats()["events_stored"] == 3


def test_duplicate_does_not_count_twice_towards_usage(devserver: DevServer, api: httpx.Client) -> None:
    for _ in range(3):
        api.post("/events", json=track("once", quantity=5))
    company = api.get("/companies/lookup", params={"keys[domain]": "acme.test"}).json()["data"]
    assert devserver.store.usage(company["id"], "api-call", None) == 5
    assert company["metrics"][0]["value"] == 5


def test_duplicate_after_window_is_stored_again(devserver: DevServer) -> None:
    from schematic_devserver.ingest import ingest_events
    from schematic_devserver.store import IDEMPOTENCY_WINDOW

    ingest_events(devserver.store, [track("late")])
    devserver.store.connection.execute(
        "UPDATE idempotency_keys SET seen_at = seen_at - ?", (IDEMPOTENCY_WINDOW + 1,)
    )
    _, stored, _ = ingest_events(devserver.store, [track("late")])
    assert stored == 1
    assert devserver.store.count_events() == 2


def test_identify_upserts_company_user_and_membership(devserver: DevServer, api: httpx.Client) -> None:
    identify = {
        "event_type": "identify",
        "body": {
            "keys": {"email": "ada@acme.test"},
            "name": "Ada",
            "traits": {"role": "admin"},
            "company": {"keys": {"domain": "acme.test"}, "name": "Acme", "traits": {"plan": "pro"}},
        },
    }
    assert api.post("/events", json=identify).status_code == 201
    company = api.get("/companies/lookup", params={"keys[domain]": "acme.test"}).json()["data"]
    assert (company["name"], company["traits"], company["user_count"]) == ("Acme", {"plan": "pro"}, 1)
    user = api.get("/users/lookup", params={"keys[email]": "ada@acme.test"}).json()["data"]
    assert (user["name"], user["traits"]) == ("Ada", {"role": "admin"})
    assert user["company_memberships"][0]["company_id"] == company["id"]
    assert user["last_seen_at"] is not None
    event = devserver.store.events("identify")[0]
    assert (event["company_id"], event["user_id"]) == (company["id"], user["id"])


def test_track_resolves_company_lazily(api: httpx.Client) -> None:
    api.post("/events", json=track("t1", domain="later.test", quantity=2))
    created = api.get("/companies/lookup", params={"keys[domain]": "later.test"})
    assert created.status_code == 200
    upserted = api.post("/companies", json={"keys": {"domain": "later.test"}, "name": "Later"}).json()["data"]
    assert upserted["id"] == created.json()["data"]["id"]
    assert upserted["metrics"][0]["value"] == 2


def test_list_events_filters(api: httpx.Client) -> None:
    api.post(
        "/event-batch",
        json={
            "events": [
                track("1", event="a"),
                track("2", event="b", domain="other.test"),
                {
                    "event_type": "flag_check",
                    "body": {"flag_key": "f", "flag_id": "flag_1", "reason": "r", "value": True},
                },
            ]
        },
    )
    all_events = api.get("/events").json()["data"]
    assert [e["type"] for e in all_events] == ["flag_check", "track", "track"]
    assert [e["subtype"] for e in api.get("/events", params={"event_subtype": "a"}).json()["data"]] == ["a"]
    assert len(api.get("/events", params=[("event_types", "track")]).json()["data"]) == 2
    assert [e["type"] for e in api.get("/events", params={"flag_id": "flag_1"}).json()["data"]] == [
        "flag_check"
    ]
    assert [
        e["idempotency_key"] for e in api.get("/events", params={"idempotency_key": "2"}).json()["data"]
    ] == ["2"]
    company_id = all_events[2]["company_id"]
    assert [e["subtype"] for e in api.get("/events", params={"company_id": company_id}).json()["data"]] == [
        "a"
    ]
    assert len(api.get("/events", params={"limit": 1}).json()["data"]) == 1


def test_capture_batch_format(devserver: DevServer, api: httpx.Client) -> None:
    events = [
        {
            "api_key": "sk_test_devserver",
            "type": "track",
            "body": {"event": "x", "company": {"id": "1"}},
            "idempotency_key": f"c{i}",
        }
        for i in range(3)
    ]
    response = api.post("/batch", json={"events": events})
    assert response.status_code == 200
    assert len(response.json()["data"]["events"]) == 3
    assert devserver.store.count_events("track") == 3
    too_large = api.post("/batch", json={"events": events * 34})
    assert too_large.status_code == 400
    assert too_large.json() == {"error": "batch too large", "max_size": 100}


def test_capture_batch_accepts_the_nulls_schematichq_sends(devserver: DevServer, api: httpx.Client) -> None:
    """schematichq serialises unset optional fields as null; the capture endpoint takes them as absent."""
    event = {
        "api_key": "sk_test_devserver",
        "type": "track",
        "body": {"event": "api-call", "company": {"id": "1"}, "user": None, "quantity": None, "traits": None},
        "sent_at": "2026-01-01T00:00:00Z",
    }
    response = api.post("/batch", json={"events": [event]})
    assert response.status_code == 200, response.text
    company_id = devserver.store.events()[0]["company_id"]
    assert devserver.store.usage(company_id, "api-call", None) == 1  # quantity null counts as 1


def test_store_access_helpers(devserver: DevServer, api: httpx.Client) -> None:
    api.post("/event-batch", json={"events": [track("x1"), track("x2", event="other")]})
    assert devserver.store.count_events("track") == 2
    assert devserver.store.count_events("identify") == 0
    assert [body["event"] for body in devserver.store.list_event_bodies()] == ["api-call", "other"]


def test_usage_rollup_matches_the_events_and_is_rebuilt_for_old_databases(devserver: DevServer) -> None:
    from schematic_devserver.ingest import ingest_events
    from schematic_devserver.store import Store

    ingest_events(devserver.store, [track(f"u{i}", quantity=i) for i in range(1, 5)])
    company_id = devserver.store.events()[0]["company_id"]
    assert devserver.store.usage(company_id, "api-call", None) == 10
    assert devserver.store.usage(company_id, "api-call", 0.5) == 10  # not day-aligned: summed from events
    assert devserver.store.usage(company_id, "api-call", 4102444800.0) == 0  # 2100-01-01
    devserver.store.connection.execute("DELETE FROM usage_daily")
    reopened = Store(devserver.db_path)
    try:
        assert reopened.usage(company_id, "api-call", None) == 10
    finally:
        reopened.close()
