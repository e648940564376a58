"""The one place where API requests are sent: auth, timeouts, retries and error mapping for every call.

`SyncApiClient` and `AsyncApiClient` implement the generated layer's requester protocols, so every
generated operation (and the SDK's own flag checks and event delivery) goes through the same loop.
The retry loop lives here rather than in an httpx transport so that a user's own ``httpx.Client``
(proxies, mounts, custom transports) is used as it is. `build_request` and `parse_response` are the one
way a `PreparedRequest` becomes an ``httpx.Request`` and a response its model, for these clients and for
the session mint (which its auth flow sends); every error raised here names its call (`ApiError`).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar

import attrs
import httpx

from ._errors import (
    ApiError,
    OfflineError,
    ResponseValidationError,
    call_of,
    decode_body,
    error_from_response,
    error_from_transport,
)
from ._retry import RetryPolicy
from ._version import __version__

if TYPE_CHECKING:
    from schematic_api.client import PreparedRequest
    from schematic_api.types import RequestOptions

__all__ = [
    "DEFAULT_HTTP_LIMITS",
    "AsyncApiClient",
    "ClientOptions",
    "SyncApiClient",
    "build_request",
    "parse_response",
]

T = TypeVar("T")
logger = logging.getLogger("schematic_ext")

USER_AGENT = f"schematic-ext-python/{__version__}"
# httpx keeps 20 idle connections and closes the rest as they free up, so with more threads than that
# most requests open a new one. 100 suits a connection per flag-check worker; no cap, so a request
# never queues for a connection inside httpx (where its wait would read as an API timeout).
DEFAULT_HTTP_LIMITS = httpx.Limits(max_connections=None, max_keepalive_connections=100)


@attrs.frozen
class ClientOptions:
    """Resolved transport settings shared by the sync and async API clients."""

    base_url: str
    auth: httpx.Auth
    timeout: float = 60.0
    max_retries: int = 2
    retry_policy: RetryPolicy = attrs.field(factory=RetryPolicy)
    offline: bool = False
    headers: Mapping[str, str] = attrs.field(factory=dict)
    logger: logging.Logger = logger
    limits: httpx.Limits = DEFAULT_HTTP_LIMITS
    follow_redirects: bool = True  # for the httpx clients created here; a user's own keeps its setting


def build_request(
    http: httpx.Client | httpx.AsyncClient | None,
    prepared: PreparedRequest,
    *,
    base_url: str,
    headers: Mapping[str, str],
    timeout: float | httpx.Timeout,
    request_options: RequestOptions | None = None,
) -> httpx.Request:
    """The one way a `PreparedRequest` becomes an ``httpx.Request``: the SDK's User-Agent and Accept, then
    `headers`, then the call's ``request_options`` (headers, timeout) over `timeout`.

    With `http` the request takes that client's defaults (cookies, default headers) for ``http.send``;
    with None it is built bare, for an auth flow to yield (httpx sends those as they are).
    """
    ro = request_options or {}
    all_headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **headers}
    all_headers.update(ro.get("additional_headers") or {})
    timeout = ro.get("timeout_in_seconds", timeout)
    url = base_url + prepared.path
    params = prepared.params or None
    json = prepared.json if prepared.has_body else None
    if http is None:
        extensions = {"timeout": httpx.Timeout(timeout).as_dict()}
        return httpx.Request(
            prepared.method, url, params=params, json=json, headers=all_headers, extensions=extensions
        )
    return http.build_request(
        prepared.method, url, params=params, json=json, headers=all_headers, timeout=timeout
    )


def parse_response(
    prepared: PreparedRequest, response: httpx.Response, parse: Callable[[httpx.Response], T]
) -> T:
    """The 2xx `response` to `prepared` as its typed model (`parse`, the operation's ``parse_response``);
    a body that does not match the schema raises `ResponseValidationError`."""
    try:
        return parse(response)
    except Exception as exc:
        raise ResponseValidationError(
            f"HTTP {response.status_code} response did not match the API schema: {exc!r}",
            status_code=response.status_code,
            body=decode_body(response),
            headers=response.headers,
            **call_of(prepared),
        ) from exc


def _max_retries(options: ClientOptions, request_options: RequestOptions | None) -> int:
    value = (request_options or {}).get("max_retries", options.max_retries)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"request_options['max_retries'] must be a non-negative int, got {value!r}")
    return value


def _retry_or_raise(options: ClientOptions, attempt: int, max_retries: int, error: ApiError) -> float:
    """The delay before the next attempt after a failed one; raises `error` instead after the last
    attempt, or when the retry policy says another try cannot help."""
    delay = options.retry_policy.retry_delay(error, attempt) if attempt < max_retries else None
    if delay is None:
        raise error
    options.logger.info("schematic: %s; retry %d in %.2fs", error, attempt + 1, delay)
    return delay


def _offline_error(prepared: PreparedRequest) -> OfflineError:
    return OfflineError("the client is in offline mode; the call was not sent", **call_of(prepared))


class SyncApiClient:
    """Sends prepared requests with retries; raises `ApiError` subclasses for every failure."""

    def __init__(self, options: ClientOptions, http_client: httpx.Client | None = None) -> None:
        self.options = options
        self._own_client = http_client is None
        self._http = http_client
        self._pid = os.getpid()
        self._lock = threading.Lock()

    def _client(self) -> httpx.Client:
        # Created lazily (offline clients never open one) and anew in a forked child, whose inherited
        # connection pool shares sockets with the parent.
        if self._http is None or (self._own_client and self._pid != os.getpid()):
            with self._lock:
                if self._http is None or (self._own_client and self._pid != os.getpid()):
                    self._http = httpx.Client(
                        timeout=self.options.timeout,
                        limits=self.options.limits,
                        follow_redirects=self.options.follow_redirects,
                    )
                    self._pid = os.getpid()
        return self._http

    def send(
        self, prepared: PreparedRequest, request_options: RequestOptions | None = None
    ) -> httpx.Response:
        """Send with retries on connection errors, 408, 429 and 5xx; return the 2xx response."""
        if self.options.offline:
            raise _offline_error(prepared)
        max_retries = _max_retries(self.options, request_options)
        http = self._client()
        attempt = 0
        while True:
            request = build_request(
                http,
                prepared,
                base_url=self.options.base_url,
                headers=self.options.headers,
                timeout=self.options.timeout,
                request_options=request_options,
            )
            try:
                response = http.send(request, auth=self.options.auth)
            except httpx.TransportError as exc:
                delay = _retry_or_raise(
                    self.options, attempt, max_retries, error_from_transport(exc, prepared)
                )
            else:
                if response.is_success:
                    return response
                delay = _retry_or_raise(
                    self.options, attempt, max_retries, error_from_response(response, prepared)
                )
                response.close()
            time.sleep(delay)
            attempt += 1

    def request(
        self,
        prepared: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        request_options: RequestOptions | None = None,
    ) -> T:
        """Send and parse into the operation's typed model."""
        return parse_response(prepared, self.send(prepared, request_options), parse)

    def close(self) -> None:
        """Close the connection pool if this client created it (a user's own client is left open)."""
        if self._own_client and self._http is not None:
            self._http.close()


class AsyncApiClient:
    """The asyncio twin of `SyncApiClient`."""

    def __init__(self, options: ClientOptions, http_client: httpx.AsyncClient | None = None) -> None:
        self.options = options
        self._own_client = http_client is None
        self._http = http_client

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(
                timeout=self.options.timeout,
                limits=self.options.limits,
                follow_redirects=self.options.follow_redirects,
            )
        return self._http

    async def send(
        self, prepared: PreparedRequest, request_options: RequestOptions | None = None
    ) -> httpx.Response:
        """Send with retries on connection errors, 408, 429 and 5xx; return the 2xx response."""
        if self.options.offline:
            raise _offline_error(prepared)
        max_retries = _max_retries(self.options, request_options)
        http = self._client()
        attempt = 0
        while True:
            request = build_request(
                http,
                prepared,
                base_url=self.options.base_url,
                headers=self.options.headers,
                timeout=self.options.timeout,
                request_options=request_options,
            )
            try:
                response = await http.send(request, auth=self.options.auth)
            except httpx.TransportError as exc:
                delay = _retry_or_raise(
                    self.options, attempt, max_retries, error_from_transport(exc, prepared)
                )
            else:
                if response.is_success:
                    return response
                delay = _retry_or_raise(
                    self.options, attempt, max_retries, error_from_response(response, prepared)
                )
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1

    async def request(
        self,
        prepared: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        request_options: RequestOptions | None = None,
    ) -> T:
        """Send and parse into the operation's typed model."""
        return parse_response(prepared, await self.send(prepared, request_options), parse)

    async def aclose(self) -> None:
        """Close the connection pool if this client created it."""
        if self._own_client and self._http is not None:
            await self._http.aclose()
