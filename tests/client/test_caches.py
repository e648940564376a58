"""LocalCache (LRU + TTL, thread-safe), the provider protocols, users' own providers and failing ones."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from client_helpers import ACME

from schematic_ext import AsyncCacheProvider, CacheProvider, CheckFlagResult, LocalCache
from schematic_ext._flags import cache_key, string_cache_key


def test_lru_eviction_follows_use():
    cache: LocalCache[int] = LocalCache(2, 10_000)
    cache.set("a", 1)
    cache.set("b", 2)
    assert cache.get("a") == 1  # "a" is now the most recently used
    cache.set("c", 3)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (1, None, 3)
    cache.delete("a")
    assert cache.get("a") is None
    assert len(cache) == 1


def test_entries_expire():
    cache: LocalCache[str] = LocalCache(10, 30)
    cache.set("k", "v")
    assert cache.get("k") == "v"
    time.sleep(0.05)
    assert cache.get("k") is None


def test_size_zero_stores_nothing_and_no_ttl_keeps_forever():
    empty: LocalCache[int] = LocalCache(0, 10)
    empty.set("k", 1)
    assert empty.get("k") is None
    forever: LocalCache[int] = LocalCache(3, None)
    forever.set("k", 1)
    assert forever.get("k") == 1


def test_thread_safety_under_contention():
    cache: LocalCache[int] = LocalCache(50, 10_000)
    errors: list[BaseException] = []

    def hammer(seed: int) -> None:
        try:
            for i in range(5000):
                key = (seed * 7 + i) % 120
                cache.set(key, i)
                cache.get((key + 3) % 120)
                if i % 11 == 0:
                    cache.delete(key)
        except BaseException as exc:  # pragma: no cover - the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=hammer, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(cache) <= 50


def test_keys_do_not_depend_on_dict_order():
    assert cache_key("f", {"a": "1", "b": "2"}, {"x": "1"}) == cache_key(
        "f", {"b": "2", "a": "1"}, {"x": "1"}
    )
    assert cache_key("f", {"a": "1"}, None) != cache_key("f", None, {"a": "1"})
    assert string_cache_key("f", {"b": "2", "a": "1"}, {"id": "u"}) == "f:company:a=1;b=2:user:id=u"


def test_protocols():
    assert isinstance(LocalCache(), CacheProvider)
    assert not isinstance(object(), CacheProvider)

    class Mine:
        async def get(self, key: str) -> Any: ...
        async def set(self, key: str, value: Any) -> None: ...
        async def delete(self, key: str) -> None: ...

    assert isinstance(Mine(), AsyncCacheProvider)


class DictProvider:
    """A user's own provider that stores JSON-like mappings, like an external store would."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        return self.data.get(key)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value.to_dict()

    def delete(self, key: str) -> None:
        self.data.pop(key, None)


class AsyncDictProvider(DictProvider):
    async def get(self, key: str) -> Any:  # type: ignore[override]
        return super().get(key)

    async def set(self, key: str, value: Any) -> None:  # type: ignore[override]
        super().set(key, value)

    async def delete(self, key: str) -> None:  # type: ignore[override]
        super().delete(key)


def test_a_users_own_provider(server, make_client, flavor):
    provider = AsyncDictProvider() if flavor == "async" else DictProvider()
    client = make_client(base_url=server.url, cache_providers=[provider])
    assert client.check_flag("sso", company=ACME) is True
    assert provider.data["sso:company:domain=acme.test"]["value"] is True
    provider.data["sso:company:domain=acme.test"]["value"] = False  # prove the next answer is the cache's
    assert client.check_flag("sso", company=ACME) is False
    assert server.stats()["requests"]["checkFlag"] == 1


def test_a_later_hit_refills_the_local_cache(server, make_client):
    provider = DictProvider()
    local: LocalCache[CheckFlagResult] = LocalCache()
    client = make_client(base_url=server.url, cache_providers=[local, provider])
    client.check_flag("sso", company=ACME)
    local.clear()
    assert client.check_flag("sso", company=ACME) is True
    assert len(local) == 1
    assert server.stats()["requests"]["checkFlag"] == 1


class Broken:
    def __init__(self) -> None:
        self.calls = 0

    def get(self, key: str) -> Any:
        self.calls += 1
        raise ConnectionError("cache down")

    def set(self, key: str, value: Any) -> None:
        self.calls += 1
        raise ConnectionError("cache down")

    def delete(self, key: str) -> None:
        raise ConnectionError("cache down")


def test_a_failing_provider_is_skipped_with_one_warning(server, make_client, caplog):
    caplog.set_level(logging.INFO, logger="schematic_ext")
    broken = Broken()
    client = make_client(base_url=server.url, cache_providers=[broken, LocalCache()])
    for _ in range(5):
        assert client.check_flag("sso", company=ACME) is True
    assert broken.calls >= 2  # it was tried, not dropped
    assert server.stats()["requests"]["checkFlag"] == 1  # the LocalCache behind it answered
    warnings = [
        r for r in caplog.records if r.levelno == logging.WARNING and "Broken failed" in r.getMessage()
    ]
    assert len(warnings) == 1


def test_garbage_from_a_provider_is_a_miss(server, make_client):
    provider = DictProvider()
    provider.data["sso:company:domain=acme.test"] = {"unexpected": 1}
    client = make_client(base_url=server.url, cache_providers=[provider])
    assert client.check_flag("sso", company=ACME) is True
    assert server.stats()["requests"]["checkFlag"] == 1
