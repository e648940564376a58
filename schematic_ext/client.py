"""`Schematic` and `AsyncSchematic`: the SDK's entry points, with one attribute per API resource."""

from __future__ import annotations

from types import TracebackType
from typing import Any

import httpx
from schematic_api.api import AsyncResources, SyncResources

from ._base_client import AsyncApiClient, ClientOptions, SyncApiClient
from .auth import ApiKeyAuth
from .config import SchematicConfig, resolve_api_key, resolve_config

__all__ = ["AsyncSchematic", "Schematic"]


def _options(api_key: str | None, config: SchematicConfig) -> ClientOptions:
    key = resolve_api_key(api_key, offline=config.offline)
    extra: dict[str, Any] = {"logger": config.logger} if config.logger is not None else {}
    return ClientOptions(
        base_url=config.base_url,
        auth=ApiKeyAuth(key),
        timeout=config.timeout,
        max_retries=config.max_retries,
        offline=config.offline,
        **extra,
    )


class Schematic(SyncResources):
    """Synchronous client: ``Schematic(api_key, config=None, **overrides)``."""

    def __init__(self, api_key: str | None = None, config: SchematicConfig | None = None, **overrides: Any) -> None:
        self.config = resolve_config(config, overrides)
        http_client = self.config.user_http_client
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("Schematic needs an httpx.Client; use AsyncSchematic for an httpx.AsyncClient")
        self._api = SyncApiClient(_options(api_key, self.config), http_client)
        self._requester = self._api

    def close(self) -> None:
        """Release the connection pool."""
        self._api.close()

    def __enter__(self) -> Schematic:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Schematic(base_url={self.config.base_url!r}, offline={self.config.offline})"


class AsyncSchematic(AsyncResources):
    """asyncio client: ``AsyncSchematic(api_key, config=None, **overrides)``."""

    def __init__(self, api_key: str | None = None, config: SchematicConfig | None = None, **overrides: Any) -> None:
        self.config = resolve_config(config, overrides)
        http_client = self.config.user_http_client
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("AsyncSchematic needs an httpx.AsyncClient; use Schematic for an httpx.Client")
        self._api = AsyncApiClient(_options(api_key, self.config), http_client)
        self._requester = self._api

    async def aclose(self) -> None:
        """Release the connection pool."""
        await self._api.aclose()

    async def __aenter__(self) -> AsyncSchematic:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncSchematic(base_url={self.config.base_url!r}, offline={self.config.offline})"
