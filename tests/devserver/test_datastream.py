"""The devserver's /datastream over real sockets: handshake, start/stop frames, pushes from REST writes, lifecycle."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

import httpx
import pytest
import websockets
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DevServer
from schematic_devserver.engine_view import company_view
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, InvalidMessage, InvalidStatus

from schematic_ext._datastream.merge import merge_company

FLAGS = "rulesengine.Flags"
FLAG = "rulesengine.Flag"
COMPANY = "rulesengine.Company"
USER = "rulesengine.User"
RECEIVE_TIMEOUT = 10.0
"""A safety net for a push that never comes (the test fails instead of hanging), not a timing assertion."""

SEED: dict[str, Any] = {
    "companies": [
        {"keys": {"domain": "acme.test"}, "name": "Acme", "traits": {"seats": 250}},
        {"keys": {"domain": "globex.test"}, "name": "Globex", "traits": {"seats": 5}},
    ],
    "users": [
        {"keys": {"email": "ada@acme.test"}, "name": "Ada", "company": {"keys": {"domain": "acme.test"}}}
    ],
    "flags": [
        {
            "key": "sso",
            "rules": [
                {
                    "name": "Large accounts",
                    "priority": 1,
                    "value": True,
                    "conditions": [
                        {
                            "condition_type": "trait",
                            "trait_id": "seats",
                            "operator": "gte",
                            "trait_value": "50",
                            "resource_ids": [],
                        }
                    ],
                    "condition_groups": [],
                }
            ],
        },
        {
            "key": "api-access",
            "rules": [
                {
                    "name": "Under the allowance",
                    "priority": 1,
                    "value": True,
                    "conditions": [
                        {
                            "condition_type": "metric",
                            "event_subtype": "api-call",
                            "metric_value": 1000,
                            "metric_period": "all_time",
                            "operator": "lt",
                            "resource_ids": [],
                        }
                    ],
                    "condition_groups": [],
                }
            ],
        },
    ],
}


@pytest.fixture
def srv(devserver_factory: Callable[..., DevServer]) -> DevServer:
    """A devserver seeded with two companies, a user, a trait flag and a metric flag."""
    return devserver_factory(seed=SEED)


@pytest.fixture
def rest(srv: DevServer, secret_key: str) -> Iterator[httpx.Client]:
    """An httpx client for ``srv`` with the secret key."""
    with httpx.Client(base_url=srv.url, headers={"X-Schematic-Api-Key": secret_key}, timeout=10) as client:
        yield client


def ws_url(srv: DevServer) -> str:
    return srv.url.replace("http://", "ws://") + "/datastream"


@asynccontextmanager
async def connect(srv: DevServer, key: str = "sk_test_devserver") -> AsyncIterator[ClientConnection]:
    """A datastream connection with the headers the official client sends."""
    headers = {
        "X-Schematic-Api-Key": key,
        "X-Schematic-Datastream-Mode": "direct",
        "X-Schematic-Client": "test-client",
        "X-Schematic-Client-Version": "9.9.9",
    }
    async with websockets.connect(ws_url(srv), additional_headers=headers) as ws:
        yield ws


async def send(
    ws: ClientConnection, action: str, entity_type: str, keys: dict[str, str] | None = None
) -> None:
    data: dict[str, Any] = {"action": action, "entity_type": entity_type}
    if keys is not None:
        data["keys"] = keys
    await ws.send(json.dumps({"data": data}))


async def receive(ws: ClientConnection) -> dict[str, Any]:
    frame = json.loads(await asyncio.wait_for(ws.recv(), RECEIVE_TIMEOUT))
    assert isinstance(frame, dict)
    return frame


async def start(ws: ClientConnection, entity_type: str, keys: dict[str, str] | None = None) -> dict[str, Any]:
    await send(ws, "start", entity_type, keys)
    return await receive(ws)


def flag_id(rest: httpx.Client, key: str) -> str:
    flags = rest.get("/flags").json()["data"]
    return next(str(flag["id"]) for flag in flags if flag["key"] == key)


def trait_value(company: dict[str, Any], name: str) -> str | None:
    return next(
        (t["value"] for t in company["traits"] if t["trait_definition"]["id"] == f"etd_company_{name}"), None
    )


def metric_value(company: dict[str, Any], event: str) -> int:
    return int(next(m["value"] for m in company["metrics"] if m["event_subtype"] == event))


class Recorder(logging.Handler):
    """Keeps the records logged to it."""

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


# -- handshake -------------------------------------------------------------------------------


async def test_handshake_with_the_secret_key_is_accepted_and_noted(srv: DevServer) -> None:
    async with connect(srv):
        stats = srv.stats()["datastream"]
        assert stats["connections_open"] == 1
        assert stats["clients"] == {"test-client/9.9.9": 1}
        assert stats["modes"] == {"direct": 1}


@pytest.mark.parametrize(("key", "status"), [("sk_wrong", 401), (DEFAULT_PUBLISHABLE_KEY, 403)])
async def test_handshake_with_another_key_is_refused(srv: DevServer, key: str, status: int) -> None:
    handler = Recorder(logging.ERROR)
    logging.getLogger("uvicorn.error").addHandler(handler)
    try:
        with pytest.raises(InvalidStatus) as refused:
            async with connect(srv, key):
                pass
        async with connect(srv) as ws:  # the refused connection's task has finished by the time this answers
            await start(ws, FLAGS)
    finally:
        logging.getLogger("uvicorn.error").removeHandler(handler)
    assert refused.value.response.status_code == status
    assert "error" in json.loads(refused.value.response.body or b"{}")
    assert srv.stats()["datastream"]["handshakes_refused"] == 1
    assert srv.stats()["datastream"]["connections_opened"] == 1
    assert [record.getMessage() for record in handler.records] == []  # a refusal is no server error


async def test_handshake_without_a_key_is_refused(srv: DevServer) -> None:
    with pytest.raises(InvalidStatus) as refused:
        async with websockets.connect(ws_url(srv)):
            pass
    assert refused.value.response.status_code == 401


async def test_a_websocket_elsewhere_is_refused_with_404(srv: DevServer, secret_key: str) -> None:
    with pytest.raises(InvalidStatus) as refused:
        async with websockets.connect(
            srv.url.replace("http://", "ws://") + "/elsewhere",
            additional_headers={"X-Schematic-Api-Key": secret_key},
        ):
            pass
    assert refused.value.response.status_code == 404


async def test_an_injected_fault_refuses_the_next_handshake_only(srv: DevServer) -> None:
    srv.faults.add("GET", "/datastream", status=503, retry_after=2)
    with pytest.raises(InvalidStatus) as refused:
        async with connect(srv):
            pass
    assert refused.value.response.status_code == 503
    assert refused.value.response.headers["Retry-After"] == "2"
    async with connect(srv) as ws:
        assert (await start(ws, FLAGS))["message_type"] == "full"


# -- start, stop, errors ---------------------------------------------------------------------


async def test_start_flags_answers_the_full_set(srv: DevServer) -> None:
    async with connect(srv) as ws:
        frame = await start(ws, FLAGS)
    assert frame["entity_type"] == FLAGS
    assert frame["message_type"] == "full"
    assert sorted(flag["key"] for flag in frame["data"]) == ["api-access", "sso"]
    sso = next(flag for flag in frame["data"] if flag["key"] == "sso")
    assert sso["rules"][0]["conditions"][0]["trait_definition"]["id"] == "etd_company_seats"


async def test_start_company_by_any_key_answers_its_view(srv: DevServer, rest: httpx.Client) -> None:
    rest.post("/companies", json={"keys": {"domain": "acme.test", "slug": "acme"}})
    async with connect(srv) as ws:
        frame = await start(ws, COMPANY, {"slug": "acme"})
    assert frame["entity_type"] == COMPANY
    assert frame["message_type"] == "full"
    assert frame["entity_id"] == frame["data"]["id"]
    assert frame["data"]["keys"] == {"domain": "acme.test", "slug": "acme"}
    assert trait_value(frame["data"], "seats") == "250"


async def test_start_user_answers_its_view(srv: DevServer) -> None:
    async with connect(srv) as ws:
        frame = await start(ws, USER, {"email": "ada@acme.test"})
    assert (frame["entity_type"], frame["message_type"]) == (USER, "full")
    assert frame["data"]["keys"] == {"email": "ada@acme.test"}
    assert frame["entity_id"] == frame["data"]["id"]


async def test_an_unknown_company_is_an_error_naming_the_request(srv: DevServer) -> None:
    async with connect(srv) as ws:
        frame = await start(ws, COMPANY, {"domain": "nowhere.test"})
    assert frame["message_type"] == "error"
    assert frame["data"] == {
        "error": "company not found",
        "keys": {"domain": "nowhere.test"},
        "entity_type": COMPANY,
    }
    assert srv.stats()["datastream"]["errors_sent"] == 1


@pytest.mark.parametrize(
    ("frame", "named"),
    [
        ("not json", "invalid JSON"),
        ("[1, 2]", "frame: expected a JSON object"),
        ('{"data": "start"}', "data: expected an object"),
        (
            '{"data": {"action": "begin", "entity_type": "rulesengine.Flags"}}',
            'data.action: "begin" is not one of',
        ),
        ('{"data": {"action": "start", "entity_type": "rulesengine.Plan"}}', "data.entity_type:"),
        ('{"data": {"action": "start", "entity_type": "rulesengine.Company"}}', "data.keys:"),
        (
            '{"data": {"action": "start", "entity_type": "rulesengine.User", "keys": {"id": 7}}}',
            "data.keys.id:",
        ),
        (
            '{"data": {"action": "start", "entity_type": "rulesengine.User", "keys": {"": "x"}}}',
            "must not be empty",
        ),
    ],
)
async def test_a_malformed_frame_is_an_error_and_the_connection_stays_usable(
    srv: DevServer, frame: str, named: str
) -> None:
    async with connect(srv) as ws:
        await ws.send(frame)
        error = await receive(ws)
        assert error["message_type"] == "error"
        assert named in error["data"]["error"]
        assert (await start(ws, FLAGS))["message_type"] == "full"
    stats = srv.stats()["datastream"]
    assert stats["malformed_frames"] == 1
    assert stats["messages_received"] == 2


# -- pushes ----------------------------------------------------------------------------------


async def test_a_rule_change_over_rest_is_pushed_as_a_flag(srv: DevServer, rest: httpx.Client) -> None:
    sso = flag_id(rest, "sso")
    async with connect(srv) as ws:
        await start(ws, FLAGS)
        rule = {"name": "Everyone", "priority": 1, "value": True, "conditions": [], "condition_groups": []}
        assert rest.put(f"/flags/{sso}/rules", json={"rules": [rule]}).status_code == 200
        frame = await receive(ws)
    assert (frame["entity_type"], frame["message_type"], frame["entity_id"]) == (FLAG, "full", sso)
    assert [rule["name"] for rule in frame["data"]["rules"]] == ["Everyone"]


async def test_a_new_flag_is_pushed_and_a_deleted_one_is_a_delete(srv: DevServer, rest: httpx.Client) -> None:
    async with connect(srv) as ws:
        await start(ws, FLAGS)
        created = rest.post("/flags", json={"key": "beta", "name": "Beta", "description": ""}).json()["data"]
        frame = await receive(ws)
        assert (frame["entity_type"], frame["message_type"], frame["data"]["key"]) == (FLAG, "full", "beta")
        assert rest.delete(f"/flags/{created['id']}").status_code == 200
        frame = await receive(ws)
    assert (frame["entity_type"], frame["message_type"], frame["entity_id"]) == (
        FLAG,
        "delete",
        created["id"],
    )
    assert frame["data"]["key"] == "beta"  # the last copy, so a client can drop its key lookup


async def test_a_trait_upsert_is_pushed_to_the_subscribed_company(srv: DevServer, rest: httpx.Client) -> None:
    async with connect(srv) as ws:
        started = await start(ws, COMPANY, {"domain": "acme.test"})
        body = {"keys": {"domain": "acme.test"}, "trait": "seats", "incr": 5}
        assert rest.post("/company-traits", json=body).status_code == 200
        frame = await receive(ws)
    # Only the traits changed: a partial with them, which the client merges into its copy.
    assert (frame["entity_type"], frame["message_type"]) == (COMPANY, "partial")
    assert frame["entity_id"] == started["entity_id"]
    assert set(frame["data"]) == {"id", "traits"}
    assert trait_value(frame["data"], "seats") == "255"
    view = company_view(srv.store, started["entity_id"])
    assert view is not None
    assert merge_company(started["data"], frame["data"])["traits"] == view["traits"]


async def test_a_burst_of_track_events_coalesces_into_few_pushes(srv: DevServer, rest: httpx.Client) -> None:
    event = {
        "event_type": "track",
        "body": {"event": "api-call", "company": {"domain": "acme.test"}, "quantity": 1},
    }
    async with connect(srv) as ws:
        started = await start(ws, COMPANY, {"domain": "acme.test"})
        assert metric_value(started["data"], "api-call") == 0
        for _ in range(10):
            assert rest.post("/event-batch", json={"events": [event] * 100}).status_code == 201
        pushes: list[dict[str, Any]] = []
        while not pushes or metric_value(pushes[-1]["data"], "api-call") < 1000:
            pushes.append(await receive(ws))
    assert metric_value(pushes[-1]["data"], "api-call") == 1000
    assert len(pushes) <= 10  # at most one push per committed batch, never one per event
    assert all(push["entity_id"] == started["entity_id"] for push in pushes)


async def test_stop_ends_the_pushes_of_that_company_only(srv: DevServer, rest: httpx.Client) -> None:
    async with connect(srv) as ws:
        await start(ws, COMPANY, {"domain": "acme.test"})
        globex = await start(ws, COMPANY, {"domain": "globex.test"})
        await send(ws, "stop", COMPANY, {"domain": "acme.test"})
        for domain in ("acme.test", "globex.test"):  # acme's write first: a push for it would come first
            body = {"keys": {"domain": domain}, "trait": "seats", "incr": 1}
            assert rest.post("/company-traits", json=body).status_code == 200
        frame = await receive(ws)
    assert frame["entity_id"] == globex["entity_id"]
    assert trait_value(frame["data"], "seats") == "6"


async def test_stop_flags_ends_flag_pushes_and_a_flag_change_pushes_no_unchanged_company(
    srv: DevServer, rest: httpx.Client
) -> None:
    async with connect(srv) as ws, connect(srv) as watcher:
        await start(ws, FLAGS)
        globex = await start(ws, COMPANY, {"domain": "globex.test"})
        await send(ws, "stop", FLAGS)
        await start(watcher, FLAGS)
        rest.post("/flags", json={"key": "unseen", "name": "Unseen", "description": ""})
        assert (await receive(watcher))["data"]["key"] == "unseen"  # that change's tick has been pushed
        rest.post("/company-traits", json={"keys": {"domain": "globex.test"}, "trait": "seats", "incr": 1})
        frame = await receive(ws)
    assert (frame["entity_type"], frame["entity_id"]) == (COMPANY, globex["entity_id"])
    assert trait_value(frame["data"], "seats") == "6"


async def test_a_deleted_company_is_a_delete_with_its_last_copy(srv: DevServer, rest: httpx.Client) -> None:
    async with connect(srv) as ws:
        started = await start(ws, COMPANY, {"domain": "globex.test"})
        assert rest.delete(f"/companies/{started['entity_id']}").status_code == 200
        frame = await receive(ws)
    assert (frame["entity_type"], frame["message_type"], frame["entity_id"]) == (
        COMPANY,
        "delete",
        started["entity_id"],
    )
    assert frame["data"]["keys"] == {"domain": "globex.test"}


async def test_a_company_override_is_pushed_with_its_rule(srv: DevServer, rest: httpx.Client) -> None:
    flag = {
        "key": "exports",
        "name": "Exports",
        "description": "",
        "default_value": False,
        "flag_type": "boolean",
    }
    feature = {"name": "Exports", "description": "", "feature_type": "boolean", "flag": flag}
    feature_id = rest.post("/features", json=feature).json()["data"]["id"]
    async with connect(srv) as ws:
        acme = await start(ws, COMPANY, {"domain": "acme.test"})
        assert acme["data"]["rules"] == []
        override = {"company_id": acme["entity_id"], "feature_id": feature_id, "value_type": "boolean"}
        assert rest.post("/company-overrides", json={**override, "value_bool": True}).status_code == 201
        frame = await receive(ws)
    assert (frame["entity_type"], frame["entity_id"]) == (COMPANY, acme["entity_id"])
    assert [(rule["rule_type"], rule["value"]) for rule in frame["data"]["rules"]] == [
        ("company_override", True)
    ]


async def test_a_retyped_trait_definition_is_pushed_in_the_flags_that_read_it(
    srv: DevServer, rest: httpx.Client
) -> None:
    async with connect(srv) as ws:
        await start(ws, FLAGS)
        body = {"trait_type": "string"}
        assert rest.put("/entity-trait-definitions/etd_company_seats", json=body).status_code == 200
        frame = await receive(ws)
    assert (frame["entity_type"], frame["data"]["key"]) == (FLAG, "sso")
    assert frame["data"]["rules"][0]["conditions"][0]["trait_definition"]["comparable_type"] == "string"


async def test_a_user_trait_is_pushed_to_the_subscribed_user(srv: DevServer, rest: httpx.Client) -> None:
    async with connect(srv) as ws:
        await start(ws, USER, {"email": "ada@acme.test"})
        body = {"keys": {"email": "ada@acme.test"}, "trait": "role", "set": "owner"}
        assert rest.post("/user-traits", json=body).status_code == 200
        frame = await receive(ws)
    assert (frame["entity_type"], frame["message_type"]) == (USER, "partial")
    assert set(frame["data"]) == {"id", "traits"}
    assert [
        t["value"] for t in frame["data"]["traits"] if t["trait_definition"]["id"] == "etd_user_role"
    ] == ["owner"]


async def test_a_wipe_and_reseed_resyncs_flags_and_deletes_companies(
    srv: DevServer, rest: httpx.Client
) -> None:
    async with connect(srv) as ws:
        flags = await start(ws, FLAGS)
        company = await start(ws, COMPANY, {"domain": "acme.test"})
        assert rest.post("/_devserver/reset", json={"data": True}).status_code == 200
        old_ids = {flag["id"] for flag in flags["data"]}
        deleted: set[str] = set()
        held: dict[str, dict[str, Any]] = {}  # key -> the latest full copy of each re-created flag
        company_frames: list[dict[str, Any]] = []
        while deleted != old_ids or set(held) != {"sso", "api-access"} or not company_frames:
            frame = await receive(ws)
            if frame["entity_type"] == COMPANY:
                company_frames.append(frame)
            elif frame["message_type"] == "delete":
                deleted.add(frame["entity_id"])
            else:
                held[frame["data"]["key"]] = frame["data"]
    assert not old_ids & {flag["id"] for flag in held.values()}  # the seed re-created them under new ids
    assert [(f["message_type"], f["entity_id"]) for f in company_frames] == [("delete", company["entity_id"])]


async def test_many_connections_each_get_the_push(srv: DevServer, rest: httpx.Client) -> None:
    async with AsyncExitStack() as stack:
        sockets = [await stack.enter_async_context(connect(srv)) for _ in range(20)]
        for ws in sockets:
            await start(ws, FLAGS)
        assert srv.stats()["datastream"]["connections_open"] == 20
        rest.post("/flags", json={"key": "wide", "name": "Wide", "description": ""})
        frames = [await receive(ws) for ws in sockets]
    assert {(f["entity_type"], f["data"]["key"]) for f in frames} == {(FLAG, "wide")}
    assert srv.stats()["datastream"]["connections_opened"] == 20


# -- lifecycle -------------------------------------------------------------------------------


async def test_disconnect_all_closes_every_connection(srv: DevServer) -> None:
    async with connect(srv) as ws:
        await start(ws, FLAGS)
        assert await asyncio.to_thread(srv.datastream.disconnect_all) == 1
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), RECEIVE_TIMEOUT)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1012


async def test_the_control_interface_disconnects_every_connection(srv: DevServer, rest: httpx.Client) -> None:
    async with connect(srv) as ws:
        await start(ws, FLAGS)
        assert rest.post("/_devserver/datastream/disconnect").json() == {"closed": 1}
        with pytest.raises(ConnectionClosed):
            await asyncio.wait_for(ws.recv(), RECEIVE_TIMEOUT)


async def test_a_dropped_handshake_fails_and_the_next_one_connects(srv: DevServer) -> None:
    srv.faults.add("GET", "/datastream", drop=True)
    with pytest.raises((ConnectionClosed, OSError, InvalidMessage)):
        async with connect(srv):
            pass
    async with connect(srv) as ws:
        assert (await start(ws, FLAGS))["message_type"] == "full"
    assert srv.stats()["faults_triggered"] == 1


async def test_a_connection_that_stops_reading_is_cut_not_buffered_without_bound(srv: DevServer) -> None:
    srv.datastream.outbox_limit = 20
    big_key = "k" * 20_000  # echoed in each error, so the answers fill the socket buffers quickly
    frame = json.dumps({"data": {"action": "start", "entity_type": USER, "keys": {big_key: 1}}})
    async with connect(srv) as ws:
        with pytest.raises(ConnectionClosed):
            for _ in range(5_000):  # far more than the buffers hold: the server cuts us while we send
                await ws.send(frame)
            async for _ in ws:
                pass
    assert srv.stats()["datastream"]["slow_consumers_cut"] == 1


async def test_stop_closes_connections_and_start_accepts_again(srv: DevServer, rest: httpx.Client) -> None:
    async with connect(srv) as ws:
        await start(ws, FLAGS)
        await asyncio.to_thread(srv.stop)
        with pytest.raises(ConnectionClosed):
            await asyncio.wait_for(ws.recv(), RECEIVE_TIMEOUT)
    assert srv.stats()["datastream"]["connections_open"] == 0
    await asyncio.to_thread(srv.start)
    async with connect(srv) as ws:
        await start(ws, FLAGS)
        rest.post("/flags", json={"key": "after-restart", "name": "After", "description": ""})
        frame = await receive(ws)
    assert (frame["entity_type"], frame["data"]["key"]) == (FLAG, "after-restart")
