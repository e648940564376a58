"""RedisCache / AsyncRedisCache against a real redis-server: sharing between processes, outages."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import time

import pytest
import redis
from client_helpers import ACME, GLOBEX
from schematic_devserver import DEFAULT_SECRET_KEY

from schematic_ext import AsyncRedisCache, AsyncSchematic, CheckFlagResult, LocalCache, RedisCache, Schematic


@pytest.fixture
def prefix(request: pytest.FixtureRequest) -> str:
    """A key prefix per test, so tests sharing the session's redis-server do not see each other."""
    return f"t:{request.node.name}:"


def test_round_trip_with_ttl(redis_url, prefix):
    cache = RedisCache(url=redis_url, prefix=prefix, ttl_ms=100)
    result = CheckFlagResult(flag="f", value=True, reason="r", rule_id="rule_1")
    cache.set("k", result)
    assert CheckFlagResult.from_dict(cache.get("k")) == result
    assert 0 < cache.client.pttl(prefix + "k") <= 100
    time.sleep(0.15)
    assert cache.get("k") is None
    cache.set("k", result)
    cache.delete("k")
    assert cache.get("k") is None
    cache.close()


def test_the_client_stores_schematichq_compatible_keys(server, redis_url, prefix):
    with Schematic(
        DEFAULT_SECRET_KEY, base_url=server.url, cache_providers=[RedisCache(url=redis_url, prefix=prefix)]
    ) as client:
        assert client.check_flag("sso", company=ACME) is True
        assert client.check_flag("sso", company=ACME) is True
    raw = redis.Redis.from_url(redis_url).get(prefix + "sso:company:domain=acme.test")
    assert raw is not None and b'"value":true' in raw
    assert server.stats()["requests"]["checkFlag"] == 1


def _child_check(url: str, redis_url: str, prefix: str, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    with Schematic(
        DEFAULT_SECRET_KEY, base_url=url, cache_providers=[RedisCache(url=redis_url, prefix=prefix)]
    ) as client:
        result = client.check_flag_with_entitlement("sso", company=ACME)
        out.put((result.value, result.rule_type))


def test_two_processes_share_checks(server, redis_url, prefix):
    cache = RedisCache(url=redis_url, prefix=prefix, ttl_ms=60_000)
    with Schematic(DEFAULT_SECRET_KEY, base_url=server.url, cache_providers=[LocalCache(), cache]) as client:
        assert client.check_flag("sso", company=ACME) is True
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    child = context.Process(target=_child_check, args=(server.url, redis_url, prefix, out))
    child.start()
    child.join(30)
    assert child.exitcode == 0
    assert out.get(timeout=5) == (True, "standard")
    assert server.stats()["requests"]["checkFlag"] == 1  # the child's check was a hit in Redis


def test_a_dead_redis_is_skipped_with_a_warning(server, caplog):
    caplog.set_level(logging.WARNING, logger="schematic_ext")
    dead = RedisCache(url="redis://127.0.0.1:1/0")
    with Schematic(DEFAULT_SECRET_KEY, base_url=server.url, cache_providers=[dead]) as client:
        start = time.monotonic()
        assert client.check_flag("sso", company=ACME) is True
        assert client.check_flag("sso", company=GLOBEX) is False
        assert time.monotonic() - start < 3
    assert "cache provider RedisCache failed" in caplog.text
    assert caplog.text.count("cache provider RedisCache failed") == 1


def test_async_redis_cache_shares_with_the_sync_one(server, redis_url, prefix):
    async def main() -> tuple[bool, bool]:
        cache = AsyncRedisCache(url=redis_url, prefix=prefix)
        async with AsyncSchematic(DEFAULT_SECRET_KEY, base_url=server.url, cache_providers=[cache]) as client:
            first = await client.check_flag("sso", company=ACME)
            await cache.aclose()
        return first, True

    assert asyncio.run(main()) == (True, True)
    with Schematic(
        DEFAULT_SECRET_KEY, base_url=server.url, cache_providers=[RedisCache(url=redis_url, prefix=prefix)]
    ) as client:
        assert client.check_flag("sso", company=ACME) is True
    assert server.stats()["requests"]["checkFlag"] == 1


def test_wrong_redis_client_kinds_are_rejected(redis_url):
    import redis.asyncio

    # schematichq's RedisCache is async: given an asyncio client, ours builds the async twin on it.
    assert isinstance(RedisCache(redis.asyncio.Redis.from_url(redis_url), prefix="p:"), AsyncRedisCache)
    with pytest.raises(TypeError, match="use RedisCache"):
        AsyncRedisCache(redis.Redis.from_url(redis_url))
    with pytest.raises(ValueError, match="ttl_ms"):
        RedisCache(url=redis_url, ttl_ms=0)


def test_schematichqs_default_ttl_ms_is_taken_and_none_never_expires(redis_url, prefix):
    import redis.asyncio

    timed = RedisCache(url=redis_url, prefix=prefix, default_ttl_ms=100)
    forever = RedisCache(url=redis_url, prefix=prefix + "forever:", default_ttl_ms=None)
    timed.set("k", {"v": 1})
    forever.set("k", {"v": 2})
    assert 0 < timed.client.pttl(prefix + "k") <= 100
    assert forever.client.pttl(prefix + "forever:k") == -1  # no expiry
    assert forever.get("k") == {"v": 2}
    built = RedisCache(redis.asyncio.Redis.from_url(redis_url), prefix=prefix, default_ttl_ms=60_000)
    assert isinstance(built, AsyncRedisCache) and built.ttl_ms == 60_000
    with pytest.raises(TypeError, match="not both"):
        RedisCache(url=redis_url, ttl_ms=10, default_ttl_ms=20)
    with pytest.raises(ValueError, match="ttl_ms"):
        RedisCache(url=redis_url, default_ttl_ms=-1)
    for cache in (timed, forever):
        cache.delete("k")
        cache.close()


async def test_the_async_cache_without_expiry(redis_url, prefix):
    cache = AsyncRedisCache(url=redis_url, prefix=prefix, default_ttl_ms=None)
    await cache.set("k", {"v": 3})
    assert await cache.client.pttl(prefix + "k") == -1
    assert await cache.get("k") == {"v": 3}
    await cache.delete("k")
    await cache.client.aclose()
