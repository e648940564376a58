"""What the devserver never sends, from a raw WebSocket server: frames no client can read, partial
updates, the snapshot's bound on companies, and a full message clearing a refusal."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from datastream_helpers import eventually
from schematic_devserver import DEFAULT_SECRET_KEY
from websockets.sync.server import ServerConnection, serve

from schematic_ext import DataStreamConfig, Schematic
from schematic_ext._datastream.protocol import COMPANY

BASE = {"account_id": "acc", "environment_id": "env"}
ON = {**BASE, "id": "flag_on", "key": "on", "rules": None, "default_value": True}
SEATS = {**BASE, "id": "seats", "comparable_type": "int", "entity_type": "company"}


def frame(entity_type: str, message_type: str, data: Any, entity_id: str | None = None) -> str:
    message = {"entity_type": f"rulesengine.{entity_type}", "message_type": message_type, "data": data}
    if entity_id is not None:
        message["entity_id"] = entity_id
    return json.dumps(message)


def company(company_id: str, seats: int, **fields: Any) -> dict[str, Any]:
    return {
        **BASE,
        "id": company_id,
        "keys": {"domain": f"{company_id}.test"},
        "traits": [{"trait_definition": SEATS, "value": str(seats)}],
        "metrics": None,
        "rules": None,
        **fields,
    }


def seats_rule(minimum: int) -> dict[str, Any]:
    condition = {
        **BASE,
        "id": "cond",
        "condition_type": "trait",
        "operator": "gte",
        "resource_ids": [],
        "trait_value": str(minimum),
        "trait_definition": SEATS,
    }
    rule = {**BASE, "id": "rule_big", "rule_type": "standard", "name": "big", "priority": 1, "value": True}
    return {**rule, "conditions": [condition], "condition_groups": None}


Script = Callable[[ServerConnection, dict[str, Any], list[dict[str, Any]]], None]


@pytest.fixture
def raw_server() -> Iterator[Callable[[Script], tuple[str, list[dict[str, Any]]]]]:
    """Start a WebSocket server running `script(ws, request, received)` for each client frame; its base URL
    and the requests it received."""
    servers = []

    def start(script: Script) -> tuple[str, list[dict[str, Any]]]:
        received: list[dict[str, Any]] = []

        def handler(ws: ServerConnection) -> None:
            for raw in ws:
                request = json.loads(raw)["data"]
                received.append(request)
                script(ws, request, received)

        server = serve(handler, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        host, port = server.socket.getsockname()[:2]
        return f"http://{host}:{port}", received

    yield start
    for server in servers:
        server.shutdown()


@pytest.fixture
def client_of() -> Iterator[Callable[..., Schematic]]:
    made: list[Schematic] = []

    def make(base_url: str, **settings: Any) -> Schematic:
        client = Schematic(
            DEFAULT_SECRET_KEY,
            base_url=base_url,
            use_datastream=True,
            datastream=DataStreamConfig(flag_check_events=False, **settings),
        )
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def test_malformed_and_unknown_messages_are_logged_counted_and_skipped(raw_server, client_of, caplog):
    caplog.set_level(logging.WARNING, logger="schematic_ext")

    def script(ws: ServerConnection, request: dict[str, Any], received: list[dict[str, Any]]) -> None:
        ws.send(frame("Flags", "full", []))
        ws.send("{not json")
        ws.send(json.dumps({"entity_type": "rulesengine.Plan", "message_type": "full", "data": {}}))
        ws.send(frame("Flag", "upsert", ON))
        ws.send(frame("Flag", "full", ON))

    client = client_of(raw_server(script)[0])
    client.initialize()
    eventually(lambda: client.datastream_stats().flags == 1)
    assert client.check_flag("on") is True  # the frame after the bad ones was applied
    stats = client.datastream_stats()
    assert (stats.messages, stats.ignored_messages, stats.state) == (5, 3, "connected")
    ignored = [r.getMessage() for r in caplog.records if "ignored a datastream message" in r.getMessage()]
    assert len(ignored) == 3
    assert "not JSON" in ignored[0] and "rulesengine.Plan" in ignored[1] and "'upsert'" in ignored[2]


def test_a_partial_update_merges_into_a_new_company(raw_server, client_of):
    flag = {**BASE, "id": "flag_big", "key": "big", "rules": [seats_rule(50)], "default_value": False}
    acme = company("acme", 10, credit_balances={"tokens": 1.0})
    partial = {
        "keys": {"slug": "ACME"},
        "credit_balances": {"gems": 2.0},
        "traits": [{"trait_definition": SEATS, "value": "80"}],
    }

    def script(ws: ServerConnection, request: dict[str, Any], received: list[dict[str, Any]]) -> None:
        if request["entity_type"] == "rulesengine.Flags":
            ws.send(frame("Flags", "full", [flag]))
        elif request["entity_type"] == "rulesengine.Company":
            ws.send(frame("Company", "full", acme, "acme"))
        else:  # a user asked for: the cue to update acme
            ws.send(frame("Company", "partial", partial, "acme"))
            error = {"error": "user not found", "entity_type": "rulesengine.User", "keys": request["keys"]}
            ws.send(frame("User", "error", error))

    client = client_of(raw_server(script)[0])
    assert client.check_flag("big", company={"domain": "acme.test"}) is False
    before = client._local.snapshot.companies.get("acme")
    assert before is not None
    client.check_flag("big", user={"id": "cue"})
    eventually(lambda: client.check_flag("big", company={"slug": "acme"}))  # a merged key, lower-cased
    after = client._local.snapshot.companies.get("acme")
    assert after is not None and after is not before and after.data is not before.data
    assert before.compiled.traits["seats"].value == "10"  # replaced, not mutated
    assert after.compiled.traits["seats"].value == "80"
    assert after.data["keys"] == {"domain": "acme.test", "slug": "ACME"}
    assert after.data["credit_balances"] == {"tokens": 1.0, "gems": 2.0}
    assert client.check_flag("big", company={"domain": "acme.test"}) is True


def test_the_snapshot_keeps_at_most_max_entities_companies_and_unsubscribes_the_rest(raw_server, client_of):
    flag = {**BASE, "id": "flag_big", "key": "big", "rules": [seats_rule(50)], "default_value": False}

    def script(ws: ServerConnection, request: dict[str, Any], received: list[dict[str, Any]]) -> None:
        if request["entity_type"] == "rulesengine.Flags":
            ws.send(frame("Flags", "full", [flag]))
        elif request["action"] == "start":
            name = request["keys"]["domain"].split(".")[0]
            ws.send(frame("Company", "full", company(name, 100 if name == "big" else 1), name))

    base_url, received = raw_server(script)
    client = client_of(base_url, max_entities=2)
    for name in ("big", "small", "big", "other"):  # "small" is the least recently checked when "other" comes
        client.check_flag("big", company={"domain": f"{name}.test"})
    stats = client.datastream_stats()
    assert stats.companies == 2
    assert client._local.snapshot.companies.get("small") is None
    stop = {"action": "stop", "entity_type": "rulesengine.Company", "keys": {"domain": "small.test"}}
    assert eventually(lambda: stop in received)
    assert client.check_flag("big", company={"domain": "big.test"}) is True


def test_a_full_message_clears_the_refusal_at_once(raw_server, client_of):
    flag = {**BASE, "id": "flag_big", "key": "big", "rules": [seats_rule(50)], "default_value": False}
    acme = company("acme", 100)
    keys = {"domain": "acme.test"}

    def script(ws: ServerConnection, request: dict[str, Any], received: list[dict[str, Any]]) -> None:
        if request["entity_type"] == "rulesengine.Flags":
            ws.send(frame("Flags", "full", [flag]))
        elif request["entity_type"] == "rulesengine.Company":
            error = {"error": "company not found", "entity_type": "rulesengine.Company", "keys": keys}
            ws.send(frame("Company", "error", error))
        else:  # a user asked for: the cue that acme now exists
            ws.send(frame("Company", "full", acme, "acme"))

    client = client_of(raw_server(script)[0], cache_ttl=60_000)
    snapshot = client._local.snapshot
    client.check_flag("big", company=keys)  # refused: asked over REST (which this server does not answer)
    assert snapshot.refused(COMPANY, keys)
    client.check_flag("big", user={"id": "cue"})
    eventually(lambda: not snapshot.refused(COMPANY, keys))
    assert client.check_flag("big", company=keys) is True
