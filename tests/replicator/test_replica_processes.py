"""Four SDK processes in replicator mode behind one replicator: checks answered from Redis, with no
datastream connection and no REST check of their own, a rule change reaching all four, new companies,
REST for a company Redis does not hold, and the official schematichq client reading what ours wrote."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
import redis.asyncio
import schematic.cache as official_cache
import schematic.client as official
from datastream_helpers import rule, trait
from replicator_helpers import Worker, wait_until
from schematic_devserver import DEFAULT_SECRET_KEY

PROCESSES = 4


@pytest.fixture
def workers(server, redis_url, prefix, request) -> Iterator[list[Worker]]:
    """Four SDK processes on the replicator the test started (its health URL set by the test)."""
    made: list[Worker] = []

    def start(health_url: str) -> list[Worker]:
        made.extend(Worker(server.url, redis_url, prefix, health_url) for _ in range(PROCESSES))
        return made

    request.node.start_workers = start
    yield made
    for worker in made:
        assert worker.close() == 0


def start_workers(request, health_url: str) -> list[Worker]:
    started: list[Worker] = request.node.start_workers(health_url)
    return started


def test_a_rule_change_reaches_all_four_processes_with_no_socket_or_rest_check_of_theirs(
    server, api, start_replicator, workers, request
):
    acme = api.company("acme", seats=250)
    flag_id = api.flag("big-accounts", rule(trait("seats", "gte", "50")))
    replicator = start_replicator()
    replicator.wait_ready()
    server.reset_stats()
    processes = start_workers(request, replicator.health_url)
    for worker in processes:
        answer = worker.check("big-accounts", acme)
        assert answer["value"] is True and answer["company_id"] == "acme", answer
    api.rules(flag_id, rule(trait("seats", "gte", "500")))
    for worker in processes:
        wait_until(lambda w=worker: w.check("big-accounts", acme)["value"] is False)  # type: ignore[misc]
    for worker in processes:
        stats = worker.stats()
        assert stats["state"] == "connected" and stats["connections"] == 0
        assert stats["flags"] == 1 and stats["companies"] == 1
    datastream = server.stats()["datastream"]
    assert datastream["connections_opened"] == 0  # none since the replicator's own, before the reset
    assert datastream["connections_open"] == 1
    requests = server.stats()["requests"]
    assert "checkFlag" not in requests and "checkFlags" not in requests, requests


def test_a_company_created_after_the_replicator_started_is_answered_from_redis(
    server, api, start_replicator, request, workers
):
    api.flag("big-accounts", rule(trait("seats", "gte", "50")))
    api.company("acme", seats=250)
    replicator = start_replicator()
    replicator.wait_ready()
    processes = start_workers(request, replicator.health_url)
    initech = api.company("initech", seats=75)
    server.reset_stats()
    for worker in processes:
        # REST (and the flag cache) while the replicator has not listed it yet, then held from Redis.
        wait_until(lambda w=worker: w.check("big-accounts", initech)["value"] and w.stats()["companies"] == 1)  # type: ignore[misc]
    checks = server.stats()["requests"].get("checkFlag", 0)
    for worker in processes:
        answer = worker.check("big-accounts", initech)
        assert answer["value"] is True and answer["company_id"] == "initech", answer
    assert server.stats()["requests"].get("checkFlag", 0) == checks  # answered locally, from what Redis held


def test_a_company_redis_does_not_hold_is_checked_over_rest(server, api, start_replicator, request, workers):
    api.flag("big-accounts", rule(trait("seats", "gte", "50")))
    api.company("acme", seats=250)
    replicator = start_replicator(SCHEMATIC_RELIST_INTERVAL="3600")  # lists once, at start
    replicator.wait_ready()
    processes = start_workers(request, replicator.health_url)
    unlisted = api.company("hooli", seats=900)
    server.reset_stats()
    for worker in processes:
        answer = worker.check("big-accounts", unlisted)
        assert answer["value"] is True and answer["company_id"] == "hooli", answer
        assert worker.stats()["companies"] == 0
    assert server.stats()["requests"]["checkFlag"] == PROCESSES


def test_the_official_sdk_in_replicator_mode_reads_what_our_replicator_wrote(
    server, api, redis_url, prefix, start_replicator
):
    acme = api.company("acme", seats=250)
    globex = api.company("globex", seats=5)
    api.flag("big-accounts", rule(trait("seats", "gte", "50")))
    replicator = start_replicator()
    replicator.wait_ready()
    server.reset_stats()

    async def check() -> list[bool]:
        connection = redis.asyncio.Redis.from_url(redis_url)
        slots = {
            name: official_cache.RedisCache(connection, prefix=prefix)
            for name in (
                "company_cache",
                "company_lookup_cache",
                "user_cache",
                "user_lookup_cache",
                "flag_cache",
            )
        }
        config = official.AsyncSchematicConfig(
            base_url=server.url,
            use_datastream=True,
            datastream=official.DataStreamConfig(
                replicator_mode=True, cache_ttl=None, replicator_health_url=replicator.health_url, **slots
            ),
        )
        async with official.AsyncSchematic(DEFAULT_SECRET_KEY, config) as client:
            assert client._datastream_client is not None
            assert (
                client._datastream_client.replicator_cache_version == replicator.wait_ready()["cache_version"]
            )
            values = [
                await client.check_flag("big-accounts", company=acme),
                await client.check_flag("big-accounts", company=globex),
            ]
        await connection.aclose()
        return values

    assert asyncio.run(check()) == [True, False]
    requests = server.stats()["requests"]
    assert "checkFlag" not in requests and "checkFlags" not in requests, requests
    assert server.stats()["datastream"]["connections_opened"] == 0
