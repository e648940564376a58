"""httpx authentication flows: how each request proves who it is, decided once for every call."""

from __future__ import annotations

from collections.abc import Generator

import httpx

__all__ = ["API_KEY_HEADER", "ApiKeyAuth"]

API_KEY_HEADER = "X-Schematic-Api-Key"


class ApiKeyAuth(httpx.Auth):
    """Sends a secret key in ``X-Schematic-Api-Key``; the key never appears in reprs."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[API_KEY_HEADER] = self._api_key
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key=<redacted>)"
