"""Flag-check caches: the in-process `LocalCache` (LRU + TTL), Redis caches shared between processes, and
the `CacheProvider` protocols for users' own.

The client keys a `LocalCache` by a cheap tuple (so a cache hit costs about a microsecond) and every other
provider by schematichq's string key (``flag:company:k=v;…:user:k=v;…``), so a Redis cache can be shared
with processes running either SDK. Values given to providers are `CheckFlagResult` objects; a provider may
hand back the object or its JSON mapping (``CheckFlagResult.to_dict()``).
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, runtime_checkable

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = [
    "DEFAULT_CACHE_SIZE",
    "DEFAULT_CACHE_TTL_MS",
    "DEFAULT_REDIS_PREFIX",
    "AsyncCacheProvider",
    "AsyncRedisCache",
    "CacheProvider",
    "LocalCache",
    "RedisCache",
]

DEFAULT_CACHE_SIZE = 1000
DEFAULT_CACHE_TTL_MS = 5000
DEFAULT_REDIS_PREFIX = "schematic:flags:"
DEFAULT_REDIS_URL = "redis://localhost:6379/0"
# A Redis cache must never make a flag check hang: sockets opened from a URL get these timeouts.
REDIS_SOCKET_TIMEOUT = 0.5

_V = TypeVar("_V")


@runtime_checkable
class CacheProvider(Protocol):
    """A synchronous flag-check cache. Failures may raise: the client skips a failing provider."""

    def get(self, key: str) -> Any:
        """The cached value, or None on a miss or after expiry."""

    def set(self, key: str, value: Any) -> None:
        """Store `value` under `key` (the provider applies its own TTL)."""

    def delete(self, key: str) -> None:
        """Forget `key`."""


@runtime_checkable
class AsyncCacheProvider(Protocol):
    """The asyncio twin of `CacheProvider`; `AsyncSchematic` accepts either kind."""

    async def get(self, key: str) -> Any:
        """The cached value, or None on a miss or after expiry."""

    async def set(self, key: str, value: Any) -> None:
        """Store `value` under `key`."""

    async def delete(self, key: str) -> None:
        """Forget `key`."""


def _check_size(max_size: Any) -> int:
    if isinstance(max_size, bool) or not isinstance(max_size, int):
        raise TypeError(f"max_size must be an int, got {type(max_size).__name__}")
    if max_size < 0:
        raise ValueError(f"max_size must be >= 0, got {max_size}")
    return max_size


def _check_ttl_ms(ttl_ms: Any, *, allow_none: bool) -> float | None:
    if ttl_ms is None and allow_none:
        return None
    if isinstance(ttl_ms, bool) or not isinstance(ttl_ms, (int, float)):
        raise TypeError(f"ttl_ms must be a number of milliseconds, got {type(ttl_ms).__name__}")
    if ttl_ms <= 0:
        raise ValueError(f"ttl_ms must be > 0, got {ttl_ms}")
    return float(ttl_ms)


class LocalCache(Generic[_V]):
    """In-process LRU cache whose entries expire `ttl_ms` milliseconds after being set; thread-safe.

    ``LocalCache(max_size=1000, ttl_ms=5000)``; ``max_size=0`` stores nothing and ``ttl_ms=None`` never
    expires. Reads take no lock (each OrderedDict operation is atomic under the GIL); writes take one.
    ``LocalCache[bool](100, 1000)`` is accepted for code written against schematichq.
    """

    __slots__ = ("_data", "_lock", "_ttl", "max_size", "ttl_ms")

    def __init__(
        self, max_size: int = DEFAULT_CACHE_SIZE, ttl_ms: float | None = DEFAULT_CACHE_TTL_MS
    ) -> None:
        self.max_size = _check_size(max_size)
        self.ttl_ms = _check_ttl_ms(ttl_ms, allow_none=True)
        self._ttl = float("inf") if self.ttl_ms is None else self.ttl_ms / 1000.0
        # key -> (monotonic expiry, value); the client reads this dict directly on its hot path.
        self._data: OrderedDict[Hashable, tuple[float, _V]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> _V | None:
        """The value if present and not expired, else None; a hit becomes the most recently used."""
        entry = self._data.get(key)
        if entry is None or entry[0] <= time.monotonic():
            return None
        try:  # noqa: SIM105 - a try costs nothing here; contextlib.suppress would cost a context manager
            self._data.move_to_end(key)
        except KeyError:  # evicted by another thread in between
            pass
        return entry[1]

    def set(self, key: Hashable, value: _V) -> None:
        """Store `value`, evicting the least recently used entry when full."""
        if self.max_size == 0:
            return
        expires = time.monotonic() + self._ttl
        with self._lock:
            data = self._data
            data[key] = (expires, value)
            data.move_to_end(key)
            while len(data) > self.max_size:
                data.popitem(last=False)

    def delete(self, key: Hashable) -> None:
        """Forget `key` (no error if absent)."""
        with self._lock:
            self._data.pop(key, None)

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"LocalCache(max_size={self.max_size}, ttl_ms={self.ttl_ms})"


def _dumps(value: Any) -> str:
    to_dict = getattr(value, "to_dict", None)
    return json.dumps(to_dict() if callable(to_dict) else value, separators=(",", ":"))


def _loads(raw: Any) -> Any:
    return None if raw is None else json.loads(raw)


def _import_redis() -> Any:
    try:
        import redis
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError("RedisCache needs the redis package: pip install 'schematic-ext[redis]'") from exc
    return redis


class _Unset:
    """`default_ttl_ms` not given."""


_UNSET = _Unset()


class _RedisSettings:
    """What the sync and async Redis caches share: key prefix, TTL and JSON encoding."""

    client: Any
    prefix: str
    ttl_ms: int | None
    """None: entries never expire (``default_ttl_ms=None``, as schematichq's replicator writes)."""

    def _configure(self, prefix: str, ttl_ms: float, default_ttl_ms: float | _Unset | None) -> None:
        if not isinstance(prefix, str):
            raise TypeError(f"prefix must be a str, got {type(prefix).__name__}")
        if isinstance(default_ttl_ms, _Unset):
            ttl = _check_ttl_ms(ttl_ms, allow_none=False)
        elif ttl_ms != DEFAULT_CACHE_TTL_MS:
            raise TypeError("pass ttl_ms or schematichq's default_ttl_ms, not both")
        else:
            ttl = _check_ttl_ms(default_ttl_ms, allow_none=True)
        self.prefix = prefix
        self.ttl_ms = None if ttl is None else max(1, int(ttl))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(prefix={self.prefix!r}, ttl_ms={self.ttl_ms})"

    def _write(self, key: str, value: Any) -> Any:
        """Store `value` as JSON, expiring after `ttl_ms` (never when it is None): the client's answer,
        awaitable on an asyncio client."""
        if self.ttl_ms is None:
            return self.client.set(self.prefix + key, _dumps(value))
        return self.client.psetex(self.prefix + key, self.ttl_ms, _dumps(value))


class RedisCache(_RedisSettings):
    """A cache in Redis, shared by every process (and machine) using the same server and prefix.

    ``RedisCache(client=None, url="redis://localhost:6379/0", prefix="schematic:flags:", ttl_ms=5000)``:
    pass a ``redis.Redis`` or a URL (sockets then time out after 0.5 s so a dead Redis cannot stall a
    check). Values are stored as compact JSON with a millisecond TTL; schematichq's ``default_ttl_ms``
    is taken in its place, None meaning no expiry. Needs ``schematic-ext[redis]``.
    Given a ``redis.asyncio.Redis``, as schematichq's async ``RedisCache`` is, it builds an
    `AsyncRedisCache` on it, so schematichq's DataStream examples run with the import renamed.
    """

    def __new__(cls, client: Any = None, **settings: Any) -> RedisCache:
        if client is not None and _is_async_redis(client):
            return AsyncRedisCache(client, **settings)  # type: ignore[return-value]
        return super().__new__(cls)

    def __init__(
        self,
        client: redis.Redis | None = None,
        *,
        url: str = DEFAULT_REDIS_URL,
        prefix: str = DEFAULT_REDIS_PREFIX,
        ttl_ms: float = DEFAULT_CACHE_TTL_MS,
        default_ttl_ms: float | _Unset | None = _UNSET,
    ) -> None:
        self._configure(prefix, ttl_ms, default_ttl_ms)
        if client is None:
            client = _import_redis().Redis.from_url(
                url, socket_timeout=REDIS_SOCKET_TIMEOUT, socket_connect_timeout=REDIS_SOCKET_TIMEOUT
            )
        elif not callable(getattr(client, "psetex", None)) or _is_async_redis(client):
            raise TypeError(
                "RedisCache needs a redis.Redis client; use AsyncRedisCache for redis.asyncio.Redis"
            )
        self.client = client

    def get(self, key: str) -> Any:
        """The decoded JSON value, or None."""
        return _loads(self.client.get(self.prefix + key))

    def set(self, key: str, value: Any) -> None:
        """Store `value` as JSON, expiring after `ttl_ms` (never when it is None)."""
        self._write(key, value)

    def delete(self, key: str) -> None:
        """Forget `key`."""
        self.client.delete(self.prefix + key)

    def close(self) -> None:
        """Close the Redis connection pool."""
        self.client.close()


class AsyncRedisCache(_RedisSettings):
    """The asyncio twin of `RedisCache`, on ``redis.asyncio.Redis``; for `AsyncSchematic`."""

    def __init__(
        self,
        client: redis.asyncio.Redis | None = None,
        *,
        url: str = DEFAULT_REDIS_URL,
        prefix: str = DEFAULT_REDIS_PREFIX,
        ttl_ms: float = DEFAULT_CACHE_TTL_MS,
        default_ttl_ms: float | _Unset | None = _UNSET,
    ) -> None:
        self._configure(prefix, ttl_ms, default_ttl_ms)
        if client is None:
            _import_redis()
            import redis.asyncio

            client = redis.asyncio.Redis.from_url(
                url, socket_timeout=REDIS_SOCKET_TIMEOUT, socket_connect_timeout=REDIS_SOCKET_TIMEOUT
            )
        elif not _is_async_redis(client):
            raise TypeError(
                "AsyncRedisCache needs a redis.asyncio.Redis client; use RedisCache for redis.Redis"
            )
        self.client = client

    async def get(self, key: str) -> Any:
        """The decoded JSON value, or None."""
        return _loads(await self.client.get(self.prefix + key))

    async def set(self, key: str, value: Any) -> None:
        """Store `value` as JSON, expiring after `ttl_ms` (never when it is None)."""
        await self._write(key, value)

    async def delete(self, key: str) -> None:
        """Forget `key`."""
        await self.client.delete(self.prefix + key)

    async def aclose(self) -> None:
        """Close the Redis connection pool."""
        await self.client.aclose()


def _is_async_redis(client: Any) -> bool:
    return type(client).__module__.startswith("redis.asyncio")
