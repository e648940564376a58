"""schematichq 1.4.6's datastream mode against the devserver's /datastream: its checks are evaluated locally
by Schematic's own engine (no REST checkFlag), answer what the devserver's REST checks answer, and follow
rule, trait and usage changes pushed over the stream, across a reconnect too."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from schematic.client import AsyncSchematic, AsyncSchematicConfig
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

DEADLINE = 15.0
"""How long a change may take to reach the client before the test fails (a safety net, not a measurement)."""


def _rule(name: str, condition: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "priority": 1,
        "value": True,
        "conditions": [{"resource_ids": [], **condition}],
        "condition_groups": [],
    }


SEATS_RULE = _rule(
    "Large accounts", {"condition_type": "trait", "trait_id": "seats", "operator": "gte", "trait_value": "50"}
)
SEED: dict[str, Any] = {
    "companies": [
        {"keys": {"domain": "acme.test"}, "name": "Acme", "traits": {"seats": 250}},
        {"keys": {"domain": "globex.test"}, "name": "Globex", "traits": {"seats": 5}},
    ],
    "flags": [
        {"key": "sso", "rules": [SEATS_RULE]},
        {
            "key": "api-access",
            "rules": [
                _rule(
                    "Under the allowance",
                    {
                        "condition_type": "metric",
                        "event_subtype": "api-call",
                        "metric_value": 3,
                        "metric_period": "all_time",
                        "operator": "lt",
                    },
                )
            ],
        },
    ],
}
ACME = {"domain": "acme.test"}
GLOBEX = {"domain": "globex.test"}


@pytest.fixture
def srv(devserver_factory: Callable[..., DevServer]) -> DevServer:
    """A devserver with the seed, plus a feature whose flag ``exports`` Acme has a company override for."""
    server = devserver_factory(seed=SEED)
    with rest_client(server) as rest:
        acme = rest.get("/companies/lookup", params={"keys[domain]": "acme.test"}).json()["data"]
        flag = {
            "key": "exports",
            "name": "Exports",
            "description": "",
            "default_value": False,
            "flag_type": "boolean",
        }
        feature = rest.post(
            "/features", json={"name": "Exports", "description": "", "feature_type": "boolean", "flag": flag}
        )
        assert feature.status_code == 201, feature.text
        override = {
            "company_id": acme["id"],
            "feature_id": feature.json()["data"]["id"],
            "value_type": "boolean",
        }
        response = rest.post("/company-overrides", json={**override, "value_bool": True})
        assert response.status_code == 201, response.text
    server.reset_stats()
    return server


def rest_client(srv: DevServer) -> httpx.Client:
    return httpx.Client(base_url=srv.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}, timeout=10)


@pytest.fixture
def rest(srv: DevServer) -> Iterator[httpx.Client]:
    with rest_client(srv) as client:
        yield client


async def eventually(predicate: Callable[[], Any], what: str) -> None:
    """Wait until ``predicate()`` (sync or async) is true; fail naming ``what`` after DEADLINE."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + DEADLINE
    while True:
        outcome = predicate()
        if asyncio.iscoroutine(outcome):
            outcome = await outcome
        if outcome:
            return
        if loop.time() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


@pytest.fixture
async def official(srv: DevServer) -> AsyncIterator[AsyncSchematic]:
    """schematichq's async client in datastream mode on the devserver, once it holds the flag set."""
    config = AsyncSchematicConfig(
        use_datastream=True,
        base_url=srv.url,
        event_capture_url=srv.url,
        event_buffer_period=1,
        logger=logging.getLogger("schematichq-datastream-test"),
    )
    client = AsyncSchematic(DEFAULT_SECRET_KEY, config)
    await client.initialize()
    datastream = client._datastream_client
    assert datastream is not None

    async def holds_every_flag() -> bool:
        return all([await datastream.get_flag(key) is not None for key in ("sso", "api-access", "exports")])

    await eventually(holds_every_flag, "the flag set")
    try:
        yield client
    finally:
        await client.shutdown()


def rest_checks(srv: DevServer) -> int:
    requests = srv.stats()["requests"]
    return int(requests.get("checkFlag", 0)) + int(requests.get("checkFlags", 0))


async def answer(client: AsyncSchematic, flag: str, company: dict[str, str]) -> tuple[Any, ...]:
    result = await client.check_flag_with_entitlement(flag, company=company)
    return (result.value, result.reason, result.rule_id, result.rule_type)


async def test_the_handshake_names_the_official_client(srv: DevServer, official: AsyncSchematic) -> None:
    stats = srv.stats()["datastream"]
    assert stats["connections_open"] == 1
    assert stats["clients"] == {"schematic-python/1.4.6": 1}
    assert stats["modes"] == {"direct": 1}


async def test_checks_are_local_and_answer_as_the_devservers_rest_checks(
    srv: DevServer, rest: httpx.Client, official: AsyncSchematic
) -> None:
    cases = [("sso", ACME), ("sso", GLOBEX), ("exports", ACME), ("exports", GLOBEX), ("api-access", GLOBEX)]
    local = {(flag, company["domain"]): await answer(official, flag, company) for flag, company in cases}
    assert rest_checks(srv) == 0

    assert local[("sso", "acme.test")][::3] == (True, "standard")
    assert local[("sso", "acme.test")][1].startswith('Matched standard rule "Large accounts"')
    assert local[("sso", "globex.test")] == (False, "No rules matched; default value for flag", None, None)
    assert local[("exports", "acme.test")][::3] == (True, "company_override")
    assert local[("exports", "acme.test")][1].startswith('Matched company override rule "Override: Exports"')
    assert local[("exports", "globex.test")][0] is False
    assert local[("api-access", "globex.test")][::3] == (True, "standard")
    for (flag, domain), seen in local.items():
        served = rest.post(f"/flags/{flag}/check", json={"company": {"domain": domain}}).json()["data"]
        assert seen == (served["value"], served["reason"], served.get("rule_id"), served.get("rule_type"))


async def test_a_metric_rule_flips_after_track_and_the_servers_push_agrees(
    srv: DevServer, official: AsyncSchematic
) -> None:
    datastream = official._datastream_client
    assert datastream is not None

    async def metric() -> tuple[int, Any]:
        company = await datastream.get_cached_company(GLOBEX)
        assert company is not None
        found = next(m for m in company.metrics if m.event_subtype == "api-call")
        return found.value, found.created_at

    assert (await answer(official, "api-access", GLOBEX))[0] is True
    _, first_copy = await metric()
    await official.track("api-call", company=GLOBEX, quantity=3)
    assert await answer(official, "api-access", GLOBEX) == (
        False,
        "No rules matched; default value for flag",
        None,
        None,
    )
    assert rest_checks(srv) == 0

    async def pushed() -> bool:
        return bool(
            (await metric())[1] != first_copy
        )  # a copy built by the server, not the client's own bump

    await eventually(pushed, "the company's push after the track event")
    assert (await metric())[0] == 3  # the server's count replaced the local bump rather than adding to it
    assert (await answer(official, "api-access", GLOBEX))[0] is False
    assert rest_checks(srv) == 0


async def test_a_rule_change_reaches_the_official_client(
    srv: DevServer, rest: httpx.Client, official: AsyncSchematic
) -> None:
    assert (await answer(official, "sso", ACME))[0] is True
    sso = rest.get("/flags").json()["data"]
    sso_id = next(flag["id"] for flag in sso if flag["key"] == "sso")
    stricter = _rule(
        "Huge accounts",
        {"condition_type": "trait", "trait_id": "seats", "operator": "gte", "trait_value": "500"},
    )
    assert rest.put(f"/flags/{sso_id}/rules", json={"rules": [stricter]}).status_code == 200

    async def off() -> bool:
        return (await answer(official, "sso", ACME))[0] is False

    await eventually(off, "the stricter rule")
    assert rest_checks(srv) == 0


async def test_a_trait_change_reaches_the_cached_company(
    srv: DevServer, rest: httpx.Client, official: AsyncSchematic
) -> None:
    assert (await answer(official, "sso", GLOBEX))[0] is False
    assert (
        rest.post("/company-traits", json={"keys": GLOBEX, "trait": "seats", "set": "80"}).status_code == 200
    )

    async def on() -> bool:
        return (await answer(official, "sso", GLOBEX))[0] is True

    await eventually(on, "the new seat count")
    assert rest_checks(srv) == 0
    assert srv.stats()["datastream"]["partials_sent"] >= 1  # the traits alone, merged by its client


async def test_an_unknown_company_is_refused_over_the_stream_and_checked_over_rest(
    srv: DevServer, official: AsyncSchematic
) -> None:
    result = await official.check_flag_with_entitlement("sso", company={"domain": "nowhere.test"})
    assert result.value is False
    assert srv.stats()["datastream"]["errors_sent"] == 1
    assert srv.stats()["requests"]["checkFlag"] == 1


async def test_after_a_disconnect_it_reconnects_and_resyncs_the_flags(
    srv: DevServer, rest: httpx.Client, official: AsyncSchematic
) -> None:
    assert (await answer(official, "sso", ACME))[0] is True
    assert await asyncio.to_thread(srv.datastream.disconnect_all) == 1
    flags = rest.get("/flags").json()["data"]
    sso_id = next(flag["id"] for flag in flags if flag["key"] == "sso")
    off_for_all = {"name": "Nobody", "priority": 1, "value": False, "conditions": [], "condition_groups": []}
    assert rest.put(f"/flags/{sso_id}/rules", json={"rules": [off_for_all]}).status_code == 200
    await eventually(lambda: srv.stats()["datastream"]["connections_opened"] == 2, "the reconnect")

    async def off() -> bool:
        return (await answer(official, "sso", ACME))[0] is False

    await eventually(off, "the rule changed around the reconnect")
    assert rest_checks(srv) == 0


async def test_after_a_devserver_restart_it_reconnects_and_sees_later_changes(
    srv: DevServer, rest: httpx.Client, official: AsyncSchematic
) -> None:
    assert (await answer(official, "sso", ACME))[0] is True
    await asyncio.to_thread(srv.stop)
    assert (await answer(official, "sso", ACME))[
        0
    ] is True  # answered from its caches while the server is down
    await asyncio.to_thread(srv.start)
    await eventually(lambda: srv.stats()["datastream"]["connections_open"] == 1, "the reconnect")
    flags = rest.get("/flags").json()["data"]
    sso_id = next(flag["id"] for flag in flags if flag["key"] == "sso")
    off_for_all = {"name": "Nobody", "priority": 1, "value": False, "conditions": [], "condition_groups": []}
    assert rest.put(f"/flags/{sso_id}/rules", json={"rules": [off_for_all]}).status_code == 200

    async def off() -> bool:
        return (await answer(official, "sso", ACME))[0] is False

    await eventually(off, "the rule changed after the restart")
    assert rest_checks(srv) == 0


async def test_deleted_flags_and_companies_leave_its_caches(
    srv: DevServer, rest: httpx.Client, official: AsyncSchematic
) -> None:
    datastream = official._datastream_client
    assert datastream is not None
    assert (await answer(official, "sso", GLOBEX))[0] is False  # caches Globex
    exports = next(flag for flag in rest.get("/flags").json()["data"] if flag["key"] == "exports")
    assert rest.delete(f"/flags/{exports['id']}").status_code == 200
    globex = rest.get("/companies/lookup", params={"keys[domain]": "globex.test"}).json()["data"]
    assert rest.delete(f"/companies/{globex['id']}").status_code == 200

    async def flag_gone() -> bool:
        return await datastream.get_flag("exports") is None

    async def company_gone() -> bool:
        return await datastream.get_cached_company(GLOBEX) is None

    await eventually(flag_gone, "the flag's delete")
    await eventually(company_gone, "the company's delete")
    assert await datastream.get_flag("sso") is not None
    assert rest_checks(srv) == 0
