"""Replicator mode inside this process: the settings it refuses (naming the field), AsyncSchematic on a
``redis.asyncio`` client reading what the replicator wrote, and REST while no replicator answers."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing

import attrs
import pytest
import redis
import redis.asyncio
from datastream_helpers import rule, trait
from replicator_helpers import free_port, redis_on, wait_until
from schematic_devserver import DEFAULT_SECRET_KEY

from schematic_ext import AsyncSchematic, DataStreamConfig, RedisCache, Schematic, SchematicConfig

SLOTS = ("company_cache", "company_lookup_cache", "user_cache", "user_lookup_cache", "flag_cache")


def replicated(cache_of: object, health_url: str) -> DataStreamConfig:
    return DataStreamConfig(
        replicator_mode=True,
        replicator_health_url=health_url,
        **{slot: cache_of for slot in SLOTS},  # type: ignore[arg-type]
    )


def test_the_slots_must_name_one_redis_and_prefix(redis_url):
    connection = redis.Redis.from_url(redis_url)
    with pytest.raises(
        ValueError, match=r"datastream.user_cache: every cache slot must name the same Redis and prefix"
    ):
        SchematicConfig(
            use_datastream=True,
            datastream=DataStreamConfig(
                replicator_mode=True,
                company_cache=RedisCache(connection, prefix="one"),
                user_cache=RedisCache(connection, prefix="two"),
            ),
        )
    other = redis.Redis(host="127.0.0.1", port=1)
    with pytest.raises(ValueError, match=r"datastream.flag_cache: every cache slot"):
        SchematicConfig(
            use_datastream=True,
            datastream=DataStreamConfig(
                replicator_mode=True, company_cache=RedisCache(connection), flag_cache=RedisCache(other)
            ),
        )


def test_async_client_on_an_asyncio_redis_reads_what_the_replicator_wrote(
    server, api, prefix, redis_url, start_replicator
):
    acme = api.company("acme", seats=250)
    globex = api.company("globex", seats=5)
    ada = api.user("ada", role="admin")
    api.flag("big-accounts", rule(trait("seats", "gte", "50")))
    api.flag("admins", rule(trait("role", "eq", "admin")))
    replicator = start_replicator()
    replicator.wait_ready()
    server.reset_stats()

    async def check() -> list[bool]:
        connection = redis.asyncio.Redis.from_url(redis_url)
        cache = RedisCache(connection, prefix=prefix)  # schematichq's spelling: an AsyncRedisCache
        client = AsyncSchematic(
            DEFAULT_SECRET_KEY,
            base_url=server.url,
            use_datastream=True,
            datastream=replicated(cache, replicator.health_url),
        )
        await client.initialize()
        values = [
            await client.check_flag("big-accounts", company=acme),
            await client.check_flag("big-accounts", company=globex),
            await client.check_flag("admins", company=acme, user=ada),
        ]
        stats = client.datastream_stats()
        assert (stats.state, stats.flags, stats.companies, stats.users) == ("connected", 2, 2, 1)
        await client.aclose()
        await connection.aclose()
        return values

    assert asyncio.run(check()) == [True, False, True]
    assert "checkFlag" not in server.stats()["requests"]


def test_with_no_replicator_answering_checks_go_to_rest(server, api, redis_url, caplog):
    caplog.set_level(logging.WARNING, logger="schematic_ext")
    acme = api.company("acme", seats=250)
    api.flag("big-accounts", rule(trait("seats", "gte", "50")))
    cache = RedisCache(redis.Redis.from_url(redis_url), prefix="nobody")
    dead = f"http://127.0.0.1:{free_port()}/ready"
    with Schematic(
        DEFAULT_SECRET_KEY,
        base_url=server.url,
        cache_providers=[],
        use_datastream=True,
        datastream=replicated(cache, dead),
    ) as client:
        client.initialize()
        assert client.check_flag("big-accounts", company=acme) is True
        assert client.check_flag("big-accounts", company=acme) is True
        assert client.datastream_stats().state == "down"
    assert server.stats()["requests"]["checkFlag"] == 2
    wait_until(lambda: "replicator health check at" in caplog.text)
    assert caplog.text.count("replicator health check at") == 1  # once per outage


def test_through_a_redis_restart_held_answers_stay_local_and_redis_is_refilled(
    server, api, prefix, start_replicator, tmp_path
):
    acme = api.company("acme", seats=250)
    globex = api.company("globex", seats=5)
    flag_id = api.flag("big-accounts", rule(trait("seats", "gte", "50")))
    port = free_port()
    with redis_on(port, tmp_path) as url:
        replicator = start_replicator(SCHEMATIC_REDIS_URL=url)
        version = replicator.wait_ready()["cache_version"]
        cache = RedisCache(url=url, prefix=prefix)
        client = Schematic(
            DEFAULT_SECRET_KEY,
            base_url=server.url,
            cache_providers=[],
            use_datastream=True,
            datastream=replicated(cache, replicator.health_url),
        )
        client.initialize()
        assert client.check_flag("big-accounts", company=acme) is True
    server.reset_stats()
    assert client.check_flag("big-accounts", company=acme) is True  # held: Redis is not asked
    assert client.check_flag("big-accounts", company=globex) is False  # not held: over REST
    assert server.stats()["requests"]["checkFlag"] == 1
    wait_until(lambda: replicator.health().status_code == 503)  # type: ignore[union-attr]
    with redis_on(port, tmp_path) as url, redis.Redis.from_url(url) as rdb:  # empty: the data is gone
        replicator.wait_ready()
        wait_until(lambda: rdb.get(f"{prefix}:company:{version}:globex") is not None)
        api.rules(flag_id, rule(trait("seats", "gte", "1")))

        def local_and_changed() -> bool:
            checks = server.stats()["requests"]["checkFlag"]
            value = client.check_flag("big-accounts", company=globex)
            return value is True and server.stats()["requests"]["checkFlag"] == checks

        wait_until(local_and_changed)  # the client read Redis again, rule change included
        assert client.datastream_stats().state == "connected"
        client.close()
        assert replicator.stop() == 0


def test_a_new_cache_version_is_read_from_its_own_keys(server, api, prefix, redis_url, start_replicator):
    acme = api.company("acme", seats=250)
    flag_id = api.flag("big-accounts", rule(trait("seats", "gte", "50")))
    first = start_replicator(SCHEMATIC_CACHE_VERSION="v1")
    first.wait_ready()
    settings = replicated(RedisCache(url=redis_url, prefix=prefix), first.health_url)
    settings = attrs.evolve(settings, replicator_health_check=100)
    with Schematic(
        DEFAULT_SECRET_KEY, base_url=server.url, cache_providers=[], use_datastream=True, datastream=settings
    ) as client:
        client.initialize()
        assert client.check_flag("big-accounts", company=acme) is True
        assert first.stop() == 0
        api.rules(flag_id, rule(trait("seats", "gte", "500")))  # no replicator to see it under v1
        assert client.check_flag("big-accounts", company=acme) is True  # v1's keys, still in Redis
        second = start_replicator(first.port, SCHEMATIC_CACHE_VERSION="v2")
        second.wait_ready()
        server.reset_stats()
        wait_until(lambda: client.check_flag("big-accounts", company=acme) is False)
        assert "checkFlag" not in server.stats()["requests"]  # read from v2's keys, not asked over REST


def _child_checks(client: Schematic, company: dict[str, str], out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    client.initialize()  # e.g. in gunicorn's post_fork: the child's first read, before its first check
    first = client.check_flag("big-accounts", company=company)
    out.put(("first", first, client.datastream_stats().state))
    out.put(("changed", wait_until(lambda: client.check_flag("big-accounts", company=company) is False)))


def test_a_forked_child_reads_redis_with_threads_of_its_own(server, api, prefix, redis_url, start_replicator):
    acme = api.company("acme", seats=250)
    flag_id = api.flag("big-accounts", rule(trait("seats", "gte", "50")))
    replicator = start_replicator()
    replicator.wait_ready()
    settings = replicated(RedisCache(url=redis_url, prefix=prefix), replicator.health_url)
    with Schematic(
        DEFAULT_SECRET_KEY, base_url=server.url, cache_providers=[], use_datastream=True, datastream=settings
    ) as client:
        client.initialize()
        assert client.check_flag("big-accounts", company=acme) is True  # held in the parent
        server.reset_stats()
        context = multiprocessing.get_context("fork")
        out = context.Queue()
        child = context.Process(target=_child_checks, args=(client, acme, out))
        child.start()
        assert out.get(timeout=30) == ("first", True, "connected")
        api.rules(flag_id, rule(trait("seats", "gte", "500")))
        assert out.get(timeout=30) == ("changed", True)
        child.join(30)
        assert child.exitcode == 0
    assert "checkFlag" not in server.stats()["requests"]
