"""schematic-replicator as a real process on a devserver and a real redis-server: the key layout, the
health endpoint, changes and deletes kept in Redis, Redis outages, reconnects, settings and shutdown."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest
import redis
from datastream_helpers import rule, trait
from replicator_helpers import free_port, redis_on, wait_until
from schematic_devserver import DEFAULT_SECRET_KEY

from schematic_ext._replicator.settings import default_cache_version


def decoded(rdb: redis.Redis, key: str) -> object:
    raw = rdb.get(key)
    return None if raw is None else json.loads(raw)


def test_every_flag_company_and_user_is_written_in_schematichqs_layout(api, rdb, prefix, start_replicator):
    api.company("acme", seats=250)
    api.company("globex", seats=5)
    api.user("ada", role="admin")
    api.flag("Big-Accounts", rule(trait("seats", "gte", "50")))
    api.flag("plain", default=True)
    replicator = start_replicator()
    health = replicator.wait_ready()
    version = default_cache_version()
    assert health == {"ready": True, "cache_version": version}
    flag = decoded(rdb, f"{prefix}:flags:{version}:big-accounts")
    assert isinstance(flag, dict) and flag["key"] == "Big-Accounts" and len(flag["rules"]) == 1
    assert decoded(rdb, f"{prefix}:flags:{version}:plain")["default_value"] is True  # type: ignore[index]
    company = decoded(rdb, f"{prefix}:company:{version}:acme")
    assert isinstance(company, dict) and company["keys"] == {"domain": "acme.test"}
    assert decoded(rdb, f"{prefix}:company:{version}:domain:acme.test") == "acme"
    assert decoded(rdb, f"{prefix}:company:{version}:globex")["id"] == "globex"  # type: ignore[index]
    assert decoded(rdb, f"{prefix}:user:{version}:ada")["keys"] == {"email": "ada@test"}  # type: ignore[index]
    assert decoded(rdb, f"{prefix}:user:{version}:email:ada@test") == "ada"
    assert rdb.pttl(f"{prefix}:company:{version}:acme") == -1  # no TTL unless one is configured


def test_a_cache_ttl_is_set_with_psetex_and_the_version_is_configurable(api, rdb, prefix, start_replicator):
    api.company("acme", seats=250)
    api.flag("plain", default=True)
    replicator = start_replicator(SCHEMATIC_CACHE_TTL="600000", SCHEMATIC_CACHE_VERSION="v7")
    assert replicator.wait_ready()["cache_version"] == "v7"
    for key in (
        f"{prefix}:flags:v7:plain",
        f"{prefix}:company:v7:acme",
        f"{prefix}:company:v7:domain:acme.test",
    ):
        assert 0 < rdb.pttl(key) <= 600_000, key


def test_changes_and_deletes_reach_redis(api, rdb, prefix, start_replicator):
    api.company("acme", seats=250)
    api.user("ada", role="admin")
    doomed = api.flag("doomed")
    ruled = api.flag("ruled", rule(trait("seats", "gte", "50")))
    replicator = start_replicator()
    version = replicator.wait_ready()["cache_version"]

    api.rules(ruled, rule(trait("seats", "gte", "500")))
    wait_until(
        lambda: (
            decoded(rdb, f"{prefix}:flags:{version}:ruled")["rules"][0]["conditions"][0]["trait_value"]  # type: ignore[index]
            == "500"
        )
    )
    api.delete_flag(doomed)
    wait_until(lambda: rdb.get(f"{prefix}:flags:{version}:doomed") is None)
    api.company("acme", seats=10)
    wait_until(lambda: decoded(rdb, f"{prefix}:company:{version}:acme")["traits"][0]["value"] == "10")  # type: ignore[index]

    assert api.client.delete("/companies/acme").status_code == 200
    wait_until(lambda: rdb.get(f"{prefix}:company:{version}:acme") is None)
    assert rdb.get(f"{prefix}:company:{version}:domain:acme.test") is None
    assert decoded(rdb, f"{prefix}:user:{version}:ada") is not None


def test_a_new_company_is_picked_up_by_the_next_listing(api, rdb, prefix, start_replicator):
    api.company("acme", seats=250)
    api.flag("plain")
    version = start_replicator().wait_ready()["cache_version"]
    api.company("initech", seats=40)
    api.user("bob", role="member")
    wait_until(lambda: decoded(rdb, f"{prefix}:company:{version}:domain:initech.test") == "initech")
    wait_until(lambda: decoded(rdb, f"{prefix}:user:{version}:email:bob@test") == "bob")
    api.company("initech", seats=41)  # subscribed now: its changes arrive as pushes
    wait_until(lambda: decoded(rdb, f"{prefix}:company:{version}:initech")["traits"][0]["value"] == "41")  # type: ignore[index]


def test_keys_an_earlier_run_left_are_pruned_once_loaded(api, rdb, prefix, start_replicator):
    api.company("acme", seats=250)
    api.flag("plain")
    version = default_cache_version()
    rdb.set(f"{prefix}:company:{version}:gone", json.dumps({"id": "gone", "keys": {"domain": "gone.test"}}))
    rdb.set(f"{prefix}:company:{version}:domain:gone.test", json.dumps("gone"))
    rdb.set(f"{prefix}:flags:{version}:removed", json.dumps({"key": "removed"}))
    rdb.set(f"{prefix}:company:older:acme", json.dumps({"id": "acme"}))  # another version: not ours
    start_replicator().wait_ready()
    wait_until(lambda: rdb.get(f"{prefix}:company:{version}:gone") is None)
    assert rdb.get(f"{prefix}:company:{version}:domain:gone.test") is None
    assert rdb.get(f"{prefix}:flags:{version}:removed") is None
    assert rdb.get(f"{prefix}:company:older:acme") is not None
    assert rdb.get(f"{prefix}:company:{version}:acme") is not None


def test_the_health_endpoint(api, start_replicator):
    api.flag("plain")
    replicator = start_replicator(SCHEMATIC_CACHE_VERSION="abc")
    replicator.wait_ready()
    response = replicator.health()
    assert response is not None and response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"ready": True, "cache_version": "abc"}
    other = httpx.get(replicator.health_url.replace("/ready", "/other"), timeout=5)
    assert other.status_code == 404 and "/ready" in other.json()["error"]


def test_redis_down_is_logged_and_retried_until_it_answers(api, prefix, start_replicator, tmp_path):
    api.company("acme", seats=250)
    api.flag("plain")
    port = free_port()
    replicator = start_replicator(SCHEMATIC_REDIS_URL=f"redis://127.0.0.1:{port}/0")
    response = wait_until(replicator.health)
    assert response.status_code == 503
    assert response.json() == {"ready": False, "cache_version": default_cache_version()}
    wait_until(lambda: "cannot write to Redis" in replicator.log())
    with redis_on(port, tmp_path) as url:
        replicator.wait_ready()
        with redis.Redis.from_url(url) as rdb:
            assert rdb.get(f"{prefix}:company:{default_cache_version()}:acme") is not None
        assert "Redis is writable again" in replicator.log()
        assert replicator.log().count("cannot write to Redis") == 1  # once per outage
        assert replicator.stop() == 0


def test_a_lost_datastream_connection_is_not_ready_until_it_reconnects(
    server, api, rdb, prefix, start_replicator
):
    api.company("acme", seats=250)
    flag_id = api.flag("ruled", rule(trait("seats", "gte", "50")))
    replicator = start_replicator()
    version = replicator.wait_ready()["cache_version"]
    # While the stream is down (its reconnects refused), Redis may be going stale: not ready.
    server.faults.add(path="/datastream", status=503, count=None)
    assert server.datastream.disconnect_all() == 1
    down = wait_until(lambda: (r := replicator.health()) is not None and r.status_code == 503 and r)
    assert down.json()["ready"] is False
    server.faults.clear()
    replicator.wait_ready()
    assert server.stats()["datastream"]["connections_opened"] == 2
    api.rules(flag_id, rule(trait("seats", "gte", "999")))
    wait_until(
        lambda: (
            decoded(rdb, f"{prefix}:flags:{version}:ruled")["rules"][0]["conditions"][0]["trait_value"]  # type: ignore[index]
            == "999"
        )
    )
    api.company("acme", seats=1)  # the company was subscribed again after the reconnect
    wait_until(lambda: decoded(rdb, f"{prefix}:company:{version}:acme")["traits"][0]["value"] == "1")  # type: ignore[index]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "--api-key (SCHEMATIC_API_KEY) is required"),
        (
            {"SCHEMATIC_HEALTH_PORT": "eighty"},
            "--health-port (SCHEMATIC_HEALTH_PORT) must be an integer, got 'eighty'",
        ),
        ({"SCHEMATIC_HEALTH_PORT": "70000"}, "--health-port (SCHEMATIC_HEALTH_PORT) must be a port number"),
        ({"SCHEMATIC_REDIS_URL": "localhost:6379"}, "--redis-url (SCHEMATIC_REDIS_URL) must be a redis://"),
        ({"SCHEMATIC_BASE_URL": "api.example"}, "--base-url (SCHEMATIC_BASE_URL) must be an http(s) URL"),
        (
            {"SCHEMATIC_RELIST_INTERVAL": "soon"},
            "--relist-interval (SCHEMATIC_RELIST_INTERVAL) must be a number",
        ),
        (
            {"SCHEMATIC_RELIST_INTERVAL": "0"},
            "--relist-interval (SCHEMATIC_RELIST_INTERVAL) must be a positive",
        ),
        (
            {"SCHEMATIC_CACHE_TTL": "1000", "SCHEMATIC_RELIST_INTERVAL": "60"},
            "--cache-ttl (SCHEMATIC_CACHE_TTL) must exceed --relist-interval",
        ),
        ({"SCHEMATIC_LOG_LEVEL": "LOUD"}, "--log-level (SCHEMATIC_LOG_LEVEL) must be a logging level"),
    ],
)
def test_bad_settings_exit_2_naming_the_flag_and_variable(env, message):
    base = {"PATH": "/usr/bin:/bin"}
    if env:
        base["SCHEMATIC_API_KEY"] = DEFAULT_SECRET_KEY
    done = subprocess.run(
        [sys.executable, "-m", "schematic_ext._replicator"],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert message in done.stderr


def test_a_flag_beats_its_environment_variable():
    from schematic_ext._replicator.settings import parse_settings

    settings = parse_settings(
        ["--health-port", "9100"], {"SCHEMATIC_API_KEY": "sk", "SCHEMATIC_HEALTH_PORT": "9000"}
    )
    assert settings.health_port == 9100 and settings.api_key == "sk"
    assert settings.prefix == "schematic" and settings.cache_ttl is None


def test_a_refused_key_is_logged_and_the_replicator_keeps_running_not_ready(api, start_replicator):
    api.flag("plain")
    replicator = start_replicator(SCHEMATIC_API_KEY="sk_wrong")
    wait_until(lambda: "refused the connection (HTTP 401)" in replicator.log())
    wait_until(lambda: "listing companies and users failed" in replicator.log())
    response = replicator.health()
    assert response is not None and response.status_code == 503
    assert response.json()["ready"] is False
