"""Webhooks: the operations, and deliveries to a real HTTP receiver (signed, retried, recorded)."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import schematic.webhook_utils as official
from schematic.client import Schematic, SchematicConfig
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer
from schematic_devserver.seed import SeedError

from schematic_ext.webhook_utils import (
    WEBHOOK_SIGNATURE_HEADER,
    WEBHOOK_TIMESTAMP_HEADER,
    WebhookSignatureError,
    verify_signature,
)

_WAIT = 30.0  # Seconds a test waits for deliveries before failing: generous, never asserted on.


@dataclass(frozen=True)
class Received:
    """One request the receiver got."""

    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def payload(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.body)
        return loaded


class Receiver:
    """A threaded HTTP server recording every POST; answers the statuses scripted per path, then 200."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.scripts: dict[str, deque[int]] = {}
        self.hold = threading.Event()  # Requests to /held wait for it before answering.
        self.hold.set()
        self._cond = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with receiver._cond:
                    script = receiver.scripts.get(self.path)
                    status = script.popleft() if script else 200
                    receiver.received.append(Received(self.path, dict(self.headers.items()), body))
                    receiver._cond.notify_all()
                if self.path == "/held":
                    receiver.hold.wait(_WAIT)
                if status == 0:  # Scripted 0: hang up without answering.
                    self.close_connection = True
                    return
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def script(self, path: str, *statuses: int) -> None:
        """Answer the next requests to ``path`` with these statuses."""
        with self._cond:
            self.scripts[path] = deque(statuses)

    def wait_for(self, count: int, path: str | None = None) -> list[Received]:
        """The requests (to ``path``) once there are at least ``count``; fails after _WAIT seconds."""
        deadline = time.monotonic() + _WAIT
        with self._cond:
            while len(got := self.of(path)) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    pytest.fail(f"receiver got {len(got)} of {count} requests to {path or 'any path'}")
                self._cond.wait(left)
            return got

    def of(self, path: str | None) -> list[Received]:
        return [r for r in self.received if path is None or r.path == path]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def srv(devserver_factory: Callable[..., DevServer]) -> DevServer:
    return devserver_factory(webhook_retry_delay=0.01)


@pytest.fixture
def client(srv: DevServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=srv.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}, timeout=30) as c:
        yield c


def create_webhook(client: httpx.Client, url: str, *request_types: str, name: str = "hook") -> dict[str, Any]:
    response = client.post("/webhooks", json={"name": name, "url": url, "request_types": list(request_types)})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def wait_events(
    client: httpx.Client, done: Callable[[list[dict[str, Any]]], bool], **params: Any
) -> list[dict[str, Any]]:
    """listWebhookEvents once ``done`` holds for its answer; fails after _WAIT seconds."""
    deadline = time.monotonic() + _WAIT
    while True:
        events: list[dict[str, Any]] = client.get("/webhook-events", params={"limit": 250, **params}).json()[
            "data"
        ]
        if done(events):
            return events
        if time.monotonic() > deadline:
            pytest.fail(f"webhook events never settled: {events}")
        time.sleep(0.02)


def settled(count: int) -> Callable[[list[dict[str, Any]]], bool]:
    return lambda events: len(events) == count and all(e["status"] != "pending" for e in events)


# -- the operations ------------------------------------------------------------------------------


def test_a_webhook_is_created_read_listed_counted_updated_and_deleted(client: httpx.Client) -> None:
    created = create_webhook(
        client, "https://example.test/hook", "company.created", "company.created", "user.updated"
    )
    assert created["status"] == "active"
    assert created["request_types"] == ["company.created", "user.updated"]
    assert created["secret"].startswith("whsec_") and len(created["secret"]) > 20
    other = create_webhook(client, "http://127.0.0.1:9/other", "flag.created", name="other")
    assert other["secret"] != created["secret"]

    assert client.get(f"/webhooks/{created['id']}").json()["data"] == created
    assert [w["id"] for w in client.get("/webhooks").json()["data"]] == [created["id"], other["id"]]
    assert [w["id"] for w in client.get("/webhooks", params={"q": "example"}).json()["data"]] == [
        created["id"]
    ]
    assert client.get("/webhooks/count").json()["data"] == {"count": 2}
    assert client.get("/webhooks/count", params={"q": "oth"}).json()["data"] == {"count": 1}

    updated = client.put(
        f"/webhooks/{created['id']}",
        json={"status": "inactive", "url": "https://example.test/v2", "name": None},
    ).json()["data"]
    assert (updated["status"], updated["url"], updated["name"]) == (
        "inactive",
        "https://example.test/v2",
        "hook",
    )
    assert updated["secret"] == created["secret"]
    assert updated["request_types"] == ["company.created", "user.updated"]

    assert client.delete(f"/webhooks/{created['id']}").json()["data"] == {"deleted": True}
    assert client.get(f"/webhooks/{created['id']}").status_code == 404
    assert client.delete(f"/webhooks/{created['id']}").status_code == 404
    assert client.get("/webhooks/count").json()["data"] == {"count": 1}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "x", "url": "ftp://example.test/hook", "request_types": []}, "url:"),
        ({"name": "x", "url": "example.test/hook", "request_types": []}, "url:"),
        ({"name": "x", "url": "http://", "request_types": []}, "url:"),
        ({"name": "x", "url": "http://exa mple.test/", "request_types": []}, "url:"),
        (
            {"name": "x", "url": "http://example.test", "request_types": ["company.exploded"]},
            "request_types[0]",
        ),
        ({"url": "http://example.test", "request_types": []}, "name"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(client: httpx.Client, body: dict[str, Any], field: str) -> None:
    response = client.post("/webhooks", json=body)
    assert response.status_code == 400
    assert field in response.json()["error"]
    assert client.get("/webhooks/count").json()["data"] == {"count": 0}


def test_an_update_with_a_bad_url_or_type_is_a_400_and_changes_nothing(client: httpx.Client) -> None:
    created = create_webhook(client, "https://example.test/hook", "company.created")
    response = client.put(f"/webhooks/{created['id']}", json={"url": "mailto:ops@example.test"})
    assert response.status_code == 400 and response.json()["error"].startswith("url:")
    response = client.put(f"/webhooks/{created['id']}", json={"request_types": ["nope"]})
    assert response.status_code == 400 and "request_types[0]" in response.json()["error"]
    assert client.get(f"/webhooks/{created['id']}").json()["data"] == created
    assert client.put("/webhooks/wh_missing", json={"name": "x"}).status_code == 404


# -- deliveries ----------------------------------------------------------------------------------


def test_a_delivery_is_signed_so_both_sdks_verify_it(
    client: httpx.Client, receiver: Receiver, srv: DevServer
) -> None:
    webhook = create_webhook(client, receiver.url(), "company.created")
    company = client.post("/companies", json={"keys": {"domain": "acme.test"}, "name": "Acme"}).json()["data"]

    (delivery,) = receiver.wait_for(1)
    signature = delivery.headers[WEBHOOK_SIGNATURE_HEADER]
    timestamp = delivery.headers[WEBHOOK_TIMESTAMP_HEADER]
    verify_signature(delivery.body, signature, timestamp, webhook["secret"])
    official.verify_signature(delivery.body.decode(), signature, timestamp, webhook["secret"])
    with pytest.raises(WebhookSignatureError):
        verify_signature(delivery.body, signature, timestamp, "whsec_not_the_secret")
    with pytest.raises(WebhookSignatureError):  # a tampered body
        verify_signature(delivery.body.replace(b"Acme", b"Acne"), signature, timestamp, webhook["secret"])
    with pytest.raises(WebhookSignatureError, match="timestamp"):  # replayed six minutes later
        verify_signature(delivery.body, signature, timestamp, webhook["secret"], now=float(timestamp) + 360)
    with pytest.raises(official.WebhookSignatureError):
        official.verify_signature(delivery.body.decode() + " ", signature, timestamp, webhook["secret"])

    assert delivery.headers["Content-Type"] == "application/json"
    payload = delivery.payload
    assert payload["action"] == "company.created"
    assert payload["object_type"] == "company"
    assert payload["account_id"] and payload["environment_id"]
    assert payload["body"] == client.get(f"/companies/{company['id']}").json()["data"]

    (event,) = wait_events(client, settled(1))
    assert (event["status"], event["attempt_count"], event["response_code"]) == ("success", 1, 200)
    assert event["payload"] == delivery.body.decode()
    assert (event["webhook_id"], event["request_type"]) == (webhook["id"], "company.created")
    assert event["webhook"] == webhook
    assert client.get(f"/webhook-events/{event['id']}").json()["data"] == event
    assert srv.stats()["webhooks_delivered"] == 1


def test_a_receiver_answering_503_twice_gets_the_delivery_on_the_third_attempt(
    client: httpx.Client, receiver: Receiver, srv: DevServer
) -> None:
    receiver.script("/flaky", 503, 503)
    create_webhook(client, receiver.url("/flaky"), "user.created")
    client.post("/users", json={"keys": {"email": "ada@acme.test"}, "name": "Ada"})

    attempts = receiver.wait_for(3, "/flaky")
    assert len({a.body for a in attempts}) == 1  # The same payload, re-signed each time.
    for attempt in attempts:
        verify_signature(
            attempt.body,
            attempt.headers[WEBHOOK_SIGNATURE_HEADER],
            attempt.headers[WEBHOOK_TIMESTAMP_HEADER],
            client.get("/webhooks").json()["data"][0]["secret"],
        )
    (event,) = wait_events(client, settled(1))
    assert (event["status"], event["attempt_count"], event["response_code"]) == ("success", 3, 200)
    stats = srv.stats()
    assert (stats["webhooks_delivered"], stats["webhooks_retried"], stats["webhooks_failed"]) == (1, 2, 0)


def test_a_receiver_hanging_up_without_an_answer_is_tried_again(
    client: httpx.Client, receiver: Receiver, srv: DevServer
) -> None:
    receiver.script("/drop", 0)
    create_webhook(client, receiver.url("/drop"), "company.created")
    client.post("/companies", json={"keys": {"domain": "acme.test"}})
    (event,) = wait_events(client, settled(1))
    assert (event["status"], event["attempt_count"], event["response_code"]) == ("success", 2, 200)
    assert len(receiver.of("/drop")) == 2
    assert (srv.stats()["webhooks_retried"], srv.stats()["webhooks_delivered"]) == (1, 1)


def test_a_4xx_is_final_and_an_unreachable_receiver_fails_after_five_attempts(
    client: httpx.Client, receiver: Receiver, srv: DevServer
) -> None:
    receiver.script("/gone", 410)
    gone = create_webhook(client, receiver.url("/gone"), "company.created", name="gone")
    closed = create_webhook(client, "http://127.0.0.1:9/closed", "company.created", name="closed")
    client.post("/companies", json={"keys": {"domain": "acme.test"}})

    events = {e["webhook_id"]: e for e in wait_events(client, settled(2))}
    assert (events[gone["id"]]["status"], events[gone["id"]]["attempt_count"]) == ("failure", 1)
    assert events[gone["id"]]["response_code"] == 410
    assert (events[closed["id"]]["status"], events[closed["id"]]["attempt_count"]) == ("failure", 5)
    assert events[closed["id"]]["response_code"] is None
    assert len(receiver.of("/gone")) == 1
    stats = srv.stats()
    assert (stats["webhooks_delivered"], stats["webhooks_retried"], stats["webhooks_failed"]) == (0, 4, 2)


def test_only_active_subscribed_webhooks_get_a_delivery(client: httpx.Client, receiver: Receiver) -> None:
    create_webhook(client, receiver.url("/users"), "user.created", name="users")
    deleted = create_webhook(
        client, receiver.url("/deleted"), "company.created", "user.created", name="deleted"
    )
    inactive = create_webhook(
        client, receiver.url("/inactive"), "company.created", "user.created", name="inactive"
    )
    assert client.delete(f"/webhooks/{deleted['id']}").status_code == 200
    assert client.put(f"/webhooks/{inactive['id']}", json={"status": "inactive"}).status_code == 200

    client.post("/companies", json={"keys": {"domain": "acme.test"}})
    client.post("/users", json={"keys": {"email": "ada@acme.test"}})

    # The user's delivery comes after the company's change was processed: nothing else was sent.
    (delivery,) = receiver.wait_for(1, "/users")
    assert delivery.payload["action"] == "user.created"
    wait_events(client, settled(1))
    assert [r.path for r in receiver.received] == ["/users"]
    assert client.get("/webhook-events/count").json()["data"] == {"count": 1}


def test_changes_are_named_by_the_request_types_schematic_sends(
    client: httpx.Client, receiver: Receiver
) -> None:
    create_webhook(
        client,
        receiver.url(),
        *(
            f"{kind}.{verb}"
            for kind in ("company", "user", "flag")
            for verb in ("created", "updated", "deleted")
        ),
        "flag_rules.updated",
        "rule.deleted",
    )
    company = client.post("/companies", json={"keys": {"domain": "acme.test"}}).json()["data"]
    client.post("/companies", json={"keys": {"domain": "acme.test"}, "traits": {"seats": 3}})
    # Usage alone is not an update of the company.
    client.post(
        "/events", json={"event_type": "track", "body": {"company": {"domain": "acme.test"}, "event": "x"}}
    )
    user = client.post("/users", json={"keys": {"email": "ada@acme.test"}}).json()["data"]
    client.delete(f"/users/{user['id']}")
    flag = client.post(
        "/flags",
        json={
            "key": "beta",
            "name": "Beta",
            "description": "",
            "default_value": False,
            "flag_type": "boolean",
        },
    ).json()["data"]
    rule = {"name": "everyone", "priority": 1, "value": True, "conditions": [], "condition_groups": []}
    rules = client.put(f"/flags/{flag['id']}/rules", json={"rules": [rule]}).json()["data"]["rules"]
    client.put(
        f"/flags/{flag['id']}",
        json={
            "key": "beta",
            "name": "Beta two",
            "description": "",
            "default_value": False,
            "flag_type": "boolean",
        },
    )
    client.put(f"/flags/{flag['id']}/rules", json={"rules": []})
    client.delete(f"/flags/{flag['id']}")
    client.delete(f"/companies/{company['id']}")

    expected = [
        "company.created",
        "company.updated",
        "user.created",
        "user.deleted",
        "flag.created",
        "flag_rules.updated",
        "flag.updated",
        "flag_rules.updated",
        "rule.deleted",
        "flag.deleted",
        "company.deleted",
    ]
    wait_events(client, settled(len(expected)))
    by_action: dict[str, list[dict[str, Any]]] = {}
    for delivery in receiver.received:
        by_action.setdefault(delivery.payload["action"], []).append(delivery.payload)
    assert sorted(by_action) == sorted(set(expected))
    assert sum(len(v) for v in by_action.values()) == len(expected)
    assert by_action["company.updated"][0]["body"]["traits"] == {"seats": 3}
    assert by_action["company.deleted"][0]["body"] == {"id": company["id"]}
    assert by_action["rule.deleted"][0]["body"] == {"id": rules[0]["id"], "flag_id": flag["id"]}
    assert by_action["flag.updated"][0]["body"]["name"] == "Beta two"
    assert by_action["flag_rules.updated"][0]["object_type"] == "flag_rules"
    assert {p["body"]["flag"]["id"] for p in by_action["flag_rules.updated"]} == {flag["id"]}


def test_catalog_changes_send_their_resources_and_a_plan_change_is_company_plan_changed(
    client: httpx.Client, receiver: Receiver
) -> None:
    create_webhook(
        client,
        receiver.url(),
        "feature.created",
        "plan.created",
        "plan.entitlement.created",
        "company.override.created",
        "company.plan_changed",
        "company.updated",
        "flag.updated",
    )
    company = client.post("/companies", json={"keys": {"domain": "acme.test"}}).json()["data"]
    feature = client.post(
        "/features",
        json={
            "name": "SSO",
            "description": "",
            "feature_type": "boolean",
            "flag": {
                "key": "sso",
                "name": "SSO",
                "description": "",
                "default_value": False,
                "flag_type": "boolean",
            },
        },
    ).json()["data"]
    plan = client.post("/plans", json={"name": "Pro", "plan_type": "plan"}).json()["data"]
    entitlement = client.post(
        "/plan-entitlements",
        json={
            "plan_id": plan["id"],
            "feature_id": feature["id"],
            "value_type": "boolean",
            "value_bool": True,
        },
    )
    assert entitlement.status_code == 201, entitlement.text
    override = client.post(
        "/company-overrides",
        json={
            "company_id": company["id"],
            "feature_id": feature["id"],
            "value_type": "boolean",
            "value_bool": False,
        },
    )
    assert override.status_code == 201, override.text
    plans = client.put(f"/company-plans/{company['id']}", json={"base_plan_id": plan["id"], "add_on_ids": []})
    assert plans.status_code == 200, plans.text

    expected = {
        "feature.created": f"/features/{feature['id']}",
        "plan.created": f"/plans/{plan['id']}",
        "plan.entitlement.created": f"/plan-entitlements/{entitlement.json()['data']['id']}",
        "company.override.created": f"/company-overrides/{override.json()['data']['id']}",
        "company.plan_changed": f"/companies/{company['id']}",
    }
    wait_events(client, settled(len(expected)))
    by_action = {r.payload["action"]: r.payload for r in receiver.received}
    assert sorted(by_action) == sorted(expected)  # No company.updated, no flag.updated for the entitlements.
    for action, path in expected.items():
        body, now = by_action[action]["body"], client.get(path).json()["data"]
        assert (body["id"], sorted(body)) == (now["id"], sorted(now)), action  # The detail shape, completed.
    for action in ("plan.entitlement.created", "company.override.created", "company.plan_changed"):
        assert by_action[action]["body"] == client.get(expected[action]).json()["data"], (
            action
        )  # Unchanged since.
    assert by_action["feature.created"]["body"]["name"] == "SSO"


def test_200_concurrent_upserts_produce_200_deliveries_none_lost_none_duplicated(
    client: httpx.Client, receiver: Receiver, srv: DevServer
) -> None:
    create_webhook(client, receiver.url(), "company.created")

    def upsert(n: int) -> str:
        response = client.post("/companies", json={"keys": {"n": str(n)}, "name": f"company {n}"})
        assert response.status_code == 200
        company_id: str = response.json()["data"]["id"]
        return company_id

    with ThreadPoolExecutor(max_workers=16) as pool:
        company_ids = set(pool.map(upsert, range(200)))

    events = wait_events(client, settled(200))
    delivered = [r.payload["body"]["id"] for r in receiver.wait_for(200)]
    assert len(delivered) == 200 and set(delivered) == company_ids
    assert all(e["status"] == "success" and e["attempt_count"] == 1 for e in events)
    assert len(receiver.received) == 200
    assert srv.stats()["webhooks_delivered"] == 200


def test_a_receiver_that_does_not_answer_holds_up_neither_the_api_nor_other_webhooks(
    client: httpx.Client, receiver: Receiver
) -> None:
    receiver.hold.clear()
    create_webhook(client, receiver.url("/held"), "company.created", name="held")
    create_webhook(client, receiver.url("/fast"), "company.created", name="fast")
    client.post("/companies", json={"keys": {"n": "0"}})
    receiver.wait_for(1, "/held")  # That attempt now waits for the receiver.

    for n in range(1, 6):
        assert client.post("/companies", json={"keys": {"n": str(n)}}).status_code == 200
    assert client.get("/companies/count").json()["data"] == {"count": 6}
    assert len(receiver.wait_for(6, "/fast")) == 6
    assert len(receiver.of("/held")) == 1  # One attempt in flight per webhook: the rest wait their turn.

    receiver.hold.set()
    assert len(receiver.wait_for(6, "/held")) == 6
    wait_events(client, settled(12))


def test_a_test_send_waiting_on_its_receiver_holds_up_no_other_request(
    client: httpx.Client, receiver: Receiver, srv: DevServer
) -> None:
    """The test send runs off the server's event loop: while the receiver keeps it waiting, other
    requests (and the datastream's pushes) are answered; it answers once the receiver does."""
    webhook = create_webhook(client, receiver.url("/held"), "company.created")
    receiver.hold.clear()
    answer: list[httpx.Response] = []
    sender = threading.Thread(
        target=lambda: answer.append(
            client.post(f"/webhooks/{webhook['id']}/test", json={"request_type": "test.send"})
        )
    )
    sender.start()
    try:
        receiver.wait_for(1, "/held")
        with httpx.Client(base_url=srv.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}) as other:
            assert other.get("/flags").status_code == 200
        assert answer == []  # still waiting on the receiver
    finally:
        receiver.hold.set()
        sender.join(_WAIT)
    assert answer[0].json()["data"]["success"] is True


def test_a_test_send_is_made_now_and_recorded(
    client: httpx.Client, receiver: Receiver, srv: DevServer
) -> None:
    webhook = create_webhook(client, receiver.url(), "company.created")
    answer = client.post(f"/webhooks/{webhook['id']}/test", json={"request_type": "test.send"})
    assert answer.status_code == 200
    assert answer.json()["data"] == {"success": True, "response_code": 200, "failure_reason": None}
    (delivery,) = receiver.received
    official.verify_signature(
        delivery.body.decode(),
        delivery.headers[WEBHOOK_SIGNATURE_HEADER],
        delivery.headers[WEBHOOK_TIMESTAMP_HEADER],
        webhook["secret"],
    )
    assert delivery.payload["action"] == "test.send"
    (event,) = client.get("/webhook-events", params={"webhook_id": webhook["id"]}).json()["data"]
    assert (event["request_type"], event["status"], event["attempt_count"]) == ("test.send", "success", 1)

    receiver.script("/hook", 500)
    failed = client.post(f"/webhooks/{webhook['id']}/test", json={"request_type": "company.created"}).json()[
        "data"
    ]
    assert (failed["success"], failed["response_code"]) == (False, 500)
    closed = create_webhook(client, "http://127.0.0.1:9/closed", "company.created", name="closed")
    unreachable = client.post(f"/webhooks/{closed['id']}/test", json={"request_type": "test.send"}).json()[
        "data"
    ]
    assert (unreachable["success"], unreachable["response_code"]) == (False, 0)
    assert unreachable["failure_reason"]
    assert client.post("/webhooks/wh_missing/test", json={"request_type": "test.send"}).status_code == 404
    assert client.get("/webhook-events/count", params={"webhook_id": webhook["id"]}).json()["data"] == {
        "count": 2
    }
    assert srv.stats()["webhooks_failed"] == 2


def test_events_filter_by_ids_webhook_and_q_and_go_with_their_webhook(
    client: httpx.Client, receiver: Receiver
) -> None:
    first = create_webhook(client, receiver.url("/a"), "company.created", name="a")
    second = create_webhook(client, receiver.url("/b"), "company.created", "user.created", name="b")
    client.post("/companies", json={"keys": {"domain": "acme.test"}})
    client.post("/users", json={"keys": {"email": "ada@acme.test"}})
    events = wait_events(client, settled(3))
    assert events[0]["request_type"] == "user.created"  # Newest first.

    listed = client.get("/webhook-events", params={"webhook_id": second["id"]}).json()["data"]
    assert {e["request_type"] for e in listed} == {"company.created", "user.created"}
    assert client.get("/webhook-events/count", params={"q": "user."}).json()["data"] == {"count": 1}
    picked = client.get("/webhook-events", params={"ids": [events[0]["id"]]}).json()["data"]
    assert [e["id"] for e in picked] == [events[0]["id"]]
    assert client.get("/webhook-events/whe_missing").status_code == 404

    client.delete(f"/webhooks/{second['id']}")
    assert [e["webhook_id"] for e in client.get("/webhook-events").json()["data"]] == [first["id"]]


def test_stop_leaves_unfinished_deliveries_pending_and_start_resumes_them(
    devserver_factory: Callable[..., DevServer], receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    srv = devserver_factory(webhook_retry_delay=3600)
    with httpx.Client(base_url=srv.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}) as client:
        receiver.script("/hook", 503)
        create_webhook(client, receiver.url(), "company.created")
        client.post("/companies", json={"keys": {"domain": "acme.test"}})
        receiver.wait_for(1)
        wait_events(client, lambda events: len(events) == 1 and events[0]["attempt_count"] == 1)
        with caplog.at_level(logging.INFO, logger="devserver.webhooks"):
            srv.stop()
        assert "1 deliveries pending" in caplog.text
    srv.start()
    with httpx.Client(base_url=srv.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}) as client:
        (event,) = wait_events(client, settled(1))
    assert (event["status"], event["attempt_count"], event["response_code"]) == ("success", 2, 200)
    assert len(receiver.wait_for(2)) == 2


def test_a_seeded_webhook_keeps_its_secret_and_gets_deliveries(
    devserver_factory: Callable[..., DevServer], receiver: Receiver
) -> None:
    seed = {
        "companies": [{"keys": {"domain": "seeded.test"}}],
        "webhooks": [
            {
                "name": "local",
                "url": receiver.url(),
                "request_types": ["company.created"],
                "secret": "whsec_local",
            },
            {
                "name": "off",
                "url": receiver.url("/off"),
                "request_types": ["company.created"],
                "status": "inactive",
            },
        ],
    }
    srv = devserver_factory(seed=seed)
    with httpx.Client(base_url=srv.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}) as client:
        hooks = client.get("/webhooks").json()["data"]
        assert [(h["name"], h["status"]) for h in hooks] == [("local", "active"), ("off", "inactive")]
        assert hooks[0]["secret"] == "whsec_local"
        client.post("/companies", json={"keys": {"domain": "new.test"}})
        (delivery,) = receiver.wait_for(1)
        verify_signature(
            delivery.body,
            delivery.headers[WEBHOOK_SIGNATURE_HEADER],
            delivery.headers[WEBHOOK_TIMESTAMP_HEADER],
            "whsec_local",
        )
        # The seed's own company sent nothing.
        assert [k["value"] for k in delivery.payload["body"]["keys"]] == ["new.test"]
        client.post("/_devserver/reset", json={"data": True})
        again = client.get("/webhooks").json()["data"]
        assert (again[0]["name"], again[0]["secret"]) == ("local", "whsec_local")
        assert len(again) == 2


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "x", "url": "ftp://example.test", "request_types": []}, "webhooks[0].url"),
        ({"name": "x", "url": "http://example.test", "request_types": ["nope"]}, "webhooks[0]"),
        (
            {"name": "x", "url": "http://example.test", "request_types": [], "status": "paused"},
            "webhooks[0].status",
        ),
        (
            {"name": "x", "url": "http://example.test", "request_types": [], "secret": ""},
            "webhooks[0].secret",
        ),
    ],
)
def test_a_bad_seeded_webhook_is_a_seed_error_naming_it(entry: dict[str, Any], message: str) -> None:
    with pytest.raises(SeedError, match=message.replace("[", r"\[").replace("]", r"\]")):
        DevServer(seed={"webhooks": [entry]}).close()


def test_the_readme_example_runs_and_prints_what_it_says(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "devserver" / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Webhooks\n", 1)[1].split("\n### ", 1)[0]
    (block,) = re.findall(r"^```python\n(.*?)^```", section, flags=re.S | re.M)
    result = subprocess.run(
        [sys.executable, "-c", block], capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["company.created Acme", "success 1 204"]
    assert result.stderr == ""


def test_schematichq_manages_webhooks_and_reads_their_deliveries(srv: DevServer, receiver: Receiver) -> None:
    official_client = Schematic(DEFAULT_SECRET_KEY, SchematicConfig(base_url=srv.url, offline=False))
    try:
        hooks = official_client.webhooks
        created = hooks.create_webhook(name="official", url=receiver.url(), request_types=["company.created"])
        assert created.data.secret and created.data.status == "active"
        assert [w.id for w in hooks.list_webhooks().data] == [created.data.id]
        sent = hooks.send_test_webhook_action(created.data.id, request_type="test.send")
        assert (sent.data.success, sent.data.response_code) == (True, 200)
        (event,) = hooks.list_webhook_events(webhook_id=created.data.id).data
        assert (event.request_type, event.status, event.attempt_count) == ("test.send", "success", 1)
        updated = hooks.update_webhook(created.data.id, status="inactive")
        assert updated.data.status == "inactive"
        assert hooks.count_webhooks().data.count == 1
        assert hooks.delete_webhook(created.data.id).data.deleted is True
    finally:
        official_client.shutdown()
