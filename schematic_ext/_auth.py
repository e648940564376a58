"""httpx authentication flows: how each request proves who it is, decided once for every call."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._session import DEFAULT_REFRESH_MARGIN, GetUser, SessionAuth, is_publishable_key

__all__ = ["API_KEY_HEADER", "ApiKeyAuth", "SchematicAuth", "auth_for_key", "reset_session"]

API_KEY_HEADER = "X-Schematic-Api-Key"


class ApiKeyAuth(httpx.Auth):
    """Sends a secret key in ``X-Schematic-Api-Key``; the key never appears in reprs."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[API_KEY_HEADER] = self._api_key
        yield request

    def reset_session(self) -> None:
        """No-op: a secret key has no session to drop."""

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key=<redacted>)"


SchematicAuth = ApiKeyAuth | SessionAuth
"""What `auth_for_key` returns: both kinds offer ``reset_session()``."""


def auth_for_key(
    api_key: str,
    *,
    base_url: str,
    get_user: GetUser | None = None,
    refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    anonymous_id: str | None = None,
) -> SchematicAuth:
    """The auth flow for `api_key`: the session handshake for ``pk_…``, else the secret-key header.

    `base_url` is the API host that mints session tokens (also for requests sent to the capture host).
    `get_user` is required for a ``pk_`` key and unused for a secret key.
    """
    if not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str, got {type(api_key).__name__}")
    if not is_publishable_key(api_key):
        return ApiKeyAuth(api_key)
    if get_user is None:
        raise ValueError(
            "get_user is required with a publishable (pk_) key: pass a callable returning a UserContext "
            "(UserContext() for an anonymous visitor)"
        )
    return SessionAuth(
        api_key, get_user, base_url=base_url, refresh_margin=refresh_margin, anonymous_id=anonymous_id
    )


def reset_session(auth: httpx.Auth) -> None:
    """Drop `auth`'s cached session token so the next request re-mints; a no-op for any other auth."""
    if isinstance(auth, (ApiKeyAuth, SessionAuth)):
        auth.reset_session()
