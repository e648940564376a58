"""Publishable-key sessions: a ``pk_`` key plus a user-context callback, turned into short-lived tokens.

`SessionAuth` is an ``httpx.Auth`` flow, so every generated operation and the event pipeline use it
without knowing about tokens. It mints a token on first use (``POST /api/auth/session/`` with
``Authorization: ApiKey pk_…``, sent on the caller's own httpx client), caches it, re-mints ahead of
expiry, re-mints once on a 401, shares one in-flight mint between concurrent callers (threads, or tasks
on one event loop) and backs off after a failed mint instead of hammering the server. When a token is
handed out and refreshed is one rule, `_schedule`; a 401 retry only takes a token newer than the failure.
"""

from __future__ import annotations

import asyncio
import collections
import datetime
import inspect
import logging
import os
import threading
import time
import uuid
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import attrs
import httpx

from ._base_client import build_request, parse_response
from ._errors import ApiError, error_from_response
from ._retry import RetryPolicy, read_retry_after
from ._validators import http_url, non_negative_number

if TYPE_CHECKING:
    from schematic_api.client import PreparedRequest
    from schematic_api.models.create_session_response import CreateSessionResponse

__all__ = [
    "DEFAULT_REFRESH_MARGIN",
    "PUBLISHABLE_KEY_PREFIX",
    "GetUser",
    "SessionAuth",
    "UserContext",
    "is_publishable_key",
]

logger = logging.getLogger("schematic_ext")

PUBLISHABLE_KEY_PREFIX = "pk_"
DEFAULT_REFRESH_MARGIN = 60.0
DEFAULT_MINT_BACKOFF = 0.5
DEFAULT_MAX_MINT_BACKOFF = 30.0
DEFAULT_MINT_TIMEOUT = 30.0
ROUND_TRIP_WINDOW = 5
"""How many recent mint round trips the hand-out margin is the maximum of."""


def is_publishable_key(api_key: str) -> bool:
    """True for a ``pk_…`` key, which needs the session handshake; anything else is a secret key."""
    return api_key.startswith(PUBLISHABLE_KEY_PREFIX)


def _optional_str(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not value):
        raise ValueError(f"UserContext.{attribute.name} must be a non-empty str or None, got {value!r}")


def _optional_ts(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"UserContext.user_id_ts must be an int of unix seconds or None, got {value!r}")


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@attrs.frozen
class UserContext:
    """Who the session is for, returned by your ``get_user`` callback each time a token is minted.

    All fields are optional: an anonymous visitor is ``UserContext()``. When ``anonymous_id`` is None the
    SDK sends its own stable anonymous id. ``user_id_sig`` / ``user_id_ts`` come from your backend's
    `sign_user_id` (``UserContext(**sign_user_id(secret, user_id))``) when the key requires signed ids.
    """

    user_id: str | None = attrs.field(default=None, validator=_optional_str)
    anonymous_id: str | None = attrs.field(default=None, validator=_optional_str)
    user_id_sig: str | None = attrs.field(default=None, validator=_optional_str, repr=_redacted)
    user_id_ts: int | None = attrs.field(default=None, validator=_optional_ts)

    def __attrs_post_init__(self) -> None:
        if (self.user_id_sig is None) != (self.user_id_ts is None):
            raise ValueError("UserContext.user_id_sig and user_id_ts go together: pass both or neither")
        if self.user_id_sig is not None and self.user_id is None:
            raise ValueError("UserContext.user_id_sig needs the user_id it signs")


GetUser = Callable[[], UserContext | Awaitable[UserContext | None] | None]
"""The user-context callback: returns a `UserContext` (None means anonymous); may be async for async clients."""


# The internal records below are plain slotted classes: attrs would cost ~1.5 ms of import time each.


def _schedule(
    expires: float, lifetime: float, refresh_margin: float, round_trip: float
) -> tuple[float, float]:
    """``(refresh_at, usable_until)`` for a token that expires at `expires` after `lifetime` seconds.

    A token is handed out until `round_trip` (the slowest recent round trip of a mint or of a request
    refused with a 401, a measure of how long a request can take to reach the server) remains, so it
    does not expire in flight, and is re-minted `refresh_margin` before expiry. Both leads are capped at
    a quarter of the lifetime, so a short-lived token serves at least three quarters of its life and is
    re-minted at most that often; and the refresh starts no later than hand-out stops.
    """
    cap = lifetime / 4
    guard = min(round_trip, cap)
    lead = max(min(refresh_margin, cap), guard)
    return expires - lead, expires - guard


def _outlives_retry(token: _Token, refused_sent: float, now: float) -> bool:
    """Whether `token` may carry the retry of a request refused with a 401 that was sent at
    `refused_sent`: installed since then, and with life left for a round trip as slow as that one."""
    return token.installed_at >= refused_sent and now + (now - refused_sent) < token.expires


class _Token:
    """A minted token: when it expires on the local monotonic clock, the lifetime it had on receipt, and
    when it was installed; `dead` once the server refused it (a 401), never handed out again. When it is
    refreshed and until when it is handed out follow from these and the latest round trips (`_schedule`).
    """

    __slots__ = ("dead", "epoch", "expires", "installed_at", "lifetime", "value")

    def __init__(self, value: str, *, expires: float, lifetime: float, epoch: int) -> None:
        self.value = value
        self.expires = expires
        self.lifetime = lifetime
        self.epoch = epoch
        self.installed_at = -float("inf")  # set when installed as the current token
        self.dead = False

    def __repr__(self) -> str:
        return f"_Token(value=<redacted>, expires={self.expires:.3f}, lifetime={self.lifetime:.3f})"


class _Flight:
    """One in-flight mint that concurrent callers wait on instead of minting again."""

    __slots__ = ("done", "epoch", "error", "event", "token")

    def __init__(self, epoch: int, event: asyncio.Event | None) -> None:
        self.epoch = epoch
        self.event = event  # set when done, for asyncio waiters; threads wait on the auth's condition
        self.done = False
        self.token: _Token | None = None
        self.error: Exception | None = None


class _Failure:
    """The last failed mint and the end of its back-off window (monotonic)."""

    __slots__ = ("error", "until")

    def __init__(self, error: ApiError, until: float) -> None:
        self.error = error
        self.until = until


Action = Literal["use", "wait", "mint", "fail"]
_SYNC = "sync"  # the flight key shared by all threads; asyncio flights are keyed by their event loop


def _copy_error(error: Exception, request: httpx.Request) -> Exception:
    """A fresh exception like `error`, so concurrent callers never raise (and mutate) one shared instance."""
    if isinstance(error, ApiError):
        return type(error)(
            *error.args,
            status_code=error.status_code,
            body=error.body,
            headers=error.headers,
            operation=error.operation,
            method=error.method,
            path=error.path,
        )
    if isinstance(error, httpx.TransportError):
        return type(error)(str(error), request=request)
    return error


def _token_of(parsed: CreateSessionResponse) -> tuple[str, datetime.datetime]:
    """A ``create_session`` answer's token and its (timezone-aware) ``expires_at``."""
    expires_at = parsed.expires_at
    if expires_at.tzinfo is None:
        expires_at = expires_at.replace(tzinfo=datetime.timezone.utc)
    return parsed.token, expires_at


class SessionAuth(httpx.Auth):
    """``httpx.Auth`` for a publishable key: ``Authorization: Bearer <token>``, minted and refreshed as needed.

    `refresh_margin`: re-mint when less than this many seconds remain before ``expires_at`` (never more
    than a quarter of the token's lifetime; see `_schedule`). After a failed mint, further mints within
    a back-off window (`mint_backoff` doubling up to `max_mint_backoff`, or the server's ``Retry-After``)
    fail fast with the last error. `anonymous_id` defaults to a uuid4 generated once per `SessionAuth`.
    The mint request gets at least `mint_timeout` seconds per phase (connect, read, ...), whatever the
    request's own timeout.
    """

    def __init__(
        self,
        publishable_key: str,
        get_user: GetUser,
        *,
        base_url: str,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        anonymous_id: str | None = None,
        mint_backoff: float = DEFAULT_MINT_BACKOFF,
        max_mint_backoff: float = DEFAULT_MAX_MINT_BACKOFF,
        mint_timeout: float = DEFAULT_MINT_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not isinstance(publishable_key, str) or not is_publishable_key(publishable_key):
            raise ValueError(
                "SessionAuth needs a publishable key (pk_…); secret keys never go to the session endpoint"
            )
        if not callable(get_user):
            raise TypeError(
                f"get_user must be a callable returning a UserContext, got {type(get_user).__name__}"
            )
        http_url(base_url, "base_url")
        for name, value in (
            ("refresh_margin", refresh_margin),
            ("mint_backoff", mint_backoff),
            ("max_mint_backoff", max_mint_backoff),
            ("mint_timeout", mint_timeout),
        ):
            non_negative_number(value, name)
        if anonymous_id is not None and (not isinstance(anonymous_id, str) or not anonymous_id):
            raise ValueError(f"anonymous_id must be a non-empty str or None, got {anonymous_id!r}")
        self._key = publishable_key
        self._get_user = get_user
        self._base_url = base_url.rstrip("/")
        self._refresh_margin = float(refresh_margin)
        # The mint's own schedule, without jitter: a failed mint's window doubles up to `max_mint_backoff`.
        self._mint_retry = RetryPolicy(
            initial_delay=float(mint_backoff),
            max_delay=float(max_mint_backoff),
            max_retry_after=float(max_mint_backoff),
            jitter=0.0,
        )
        self._mint_timeout = float(mint_timeout)
        self._clock = clock
        self.anonymous_id = anonymous_id or str(uuid.uuid4())
        self._reset_state()

    def _reset_state(self, token: _Token | None = None) -> None:
        # Also run in a forked child: the parent's lock may have been held and its minting thread is gone.
        self._pid = os.getpid()
        self._cond = threading.Condition(threading.Lock())
        self._token: _Token | None = token
        self._flights: dict[object, _Flight] = {}
        self._failure: _Failure | None = None
        self._failures = 0
        self._epoch = 0
        self._round_trips: collections.deque[float] = collections.deque(maxlen=ROUND_TRIP_WINDOW)
        self._slowest = 0.0  # max(self._round_trips), kept so a hand-out need not compute it

    def __repr__(self) -> str:
        return f"SessionAuth(publishable_key=<redacted>, base_url={self._base_url!r}, token={_redacted(self._token)})"

    def reset_session(self) -> None:
        """Drop the cached token so the next request mints with the current ``get_user()`` (after login/logout)."""
        with self._cond:
            self._epoch += 1
            self._token = None
            self._flights.clear()
            self._failure = None
            self._failures = 0

    # -- the shared state machine (every method below holds no lock across I/O) --

    def _schedule_of(self, token: _Token) -> tuple[float, float]:
        """`token`'s ``(refresh_at, usable_until)`` given the slowest recent round trip (under the lock)."""
        return _schedule(token.expires, token.lifetime, self._refresh_margin, self._slowest)

    def _note_round_trip(self, seconds: float) -> None:
        """Remember one round trip among the last few (under the lock), and the slowest of them."""
        self._round_trips.append(max(seconds, 0.0))
        self._slowest = max(self._round_trips)

    def _plan(self, key: object, newer_than: float | None = None) -> tuple[Action, Any]:
        """Decide, under the lock, whether this caller uses the cached token, waits, mints, or fails fast.

        `newer_than` (a 401 retry): when the refused request was sent. The cached token then counts only
        if it was installed since, and has life left for a round trip as slow as the refused one.
        """
        if self._pid != os.getpid():
            self._reset_state(self._token)
        with self._cond:
            now = self._clock()
            token = self._token
            usable = False
            if token is not None and (newer_than is None or _outlives_retry(token, newer_than, now)):
                refresh_at, usable_until = self._schedule_of(token)
                if now < refresh_at:
                    return "use", token
                # In the refresh window a still-valid token serves requests while one caller re-mints.
                usable = now < usable_until
            flight = self._flights.get(key)
            if flight is not None:
                return ("use", token) if usable else ("wait", flight)
            failure = self._failure
            if failure is not None and now < failure.until:
                return ("use", token) if usable else ("fail", failure.error)
            flight = _Flight(self._epoch, asyncio.Event() if key is not _SYNC else None)
            self._flights[key] = flight
            return "mint", flight

    def _outcome(self, flight: _Flight, request: httpx.Request) -> _Token | None:
        """What a waiter gets from a finished flight: its token, its error (raised), or None to try again."""
        if flight.token is not None:
            return None if flight.token.dead else flight.token
        if flight.error is not None:
            raise _copy_error(flight.error, request)
        return None

    def _finish(self, flight: _Flight, token: _Token | None = None, error: Exception | None = None) -> None:
        """Publish a flight's outcome, install its token or record its failure, and wake its waiters."""
        with self._cond:
            flight.done, flight.token, flight.error = True, token, error
            for key, current in list(self._flights.items()):
                if current is flight:
                    del self._flights[key]
            if flight.epoch == self._epoch:
                if token is not None:
                    token.installed_at = self._clock()
                    self._token, self._failure, self._failures = token, None, 0
                elif isinstance(error, ApiError):
                    self._failures += 1
                    # Every failed mint opens a window, whatever its status (a refused key must not be
                    # re-sent on every call); a server's Retry-After lengthens it, never shortens it.
                    attempt, policy = self._failures - 1, self._mint_retry
                    window = max(
                        policy.delay(attempt), policy.delay(attempt, read_retry_after(error.headers))
                    )
                    self._failure = _Failure(error, self._clock() + window)
            self._cond.notify_all()
        if flight.event is not None:
            flight.event.set()

    def _abandon(self, flight: _Flight, cause: BaseException | None) -> None:
        """The mint never got a response: waiters share a transport failure, or else mint again themselves."""
        self._finish(flight, error=cause if isinstance(cause, httpx.TransportError) else None)

    def _reject(self, token: _Token, round_trip: float) -> None:
        """Mark `token` dead after a 401 so no caller gets it again, and uncache it if still current.

        The refused request's `round_trip` counts as a recent round trip: a token that expired in flight
        means requests take that long to arrive, so hand-out stops that much earlier from now on.
        """
        with self._cond:
            token.dead = True
            self._note_round_trip(round_trip)
            if self._token is token:
                self._token = None

    def _user_context(self, value: object) -> UserContext:
        if inspect.isawaitable(value):
            if inspect.iscoroutine(value):
                value.close()
            raise TypeError("get_user returned an awaitable: an async get_user needs an async client")
        if value is None:
            return UserContext()
        if not isinstance(value, UserContext):
            raise TypeError(
                f"get_user must return a UserContext (or None when anonymous), got {type(value).__name__}"
            )
        return value

    def _mint_request(
        self, request: httpx.Request, user: UserContext
    ) -> tuple[PreparedRequest, httpx.Request]:
        """The ``create_session`` call for `user` and its request, with ``Authorization: ApiKey pk_…`` and
        the User-Agent of the `request` it authorizes."""
        from schematic_api.api.session import create_session
        from schematic_api.types import UNSET

        prepared = create_session.build_request(
            user_id=UNSET if user.user_id is None else user.user_id,
            anonymous_id=user.anonymous_id or self.anonymous_id,
            user_id_sig=UNSET if user.user_id_sig is None else user.user_id_sig,
            user_id_ts=UNSET if user.user_id_ts is None else user.user_id_ts,
        )
        headers = {"Authorization": f"ApiKey {self._key}"}
        if "user-agent" in request.headers:
            headers["User-Agent"] = request.headers["user-agent"]
        # At least `mint_timeout` per phase, even under a short per-call timeout (a 1 s flag check): a
        # caller that stops waiting leaves the mint to finish, rather than every call minting anew.
        timeout = request.extensions.get("timeout") or httpx.Timeout(self._mint_timeout).as_dict()
        floor = self._mint_timeout
        floored = httpx.Timeout(**{k: None if v is None else max(v, floor) for k, v in timeout.items()})
        return prepared, build_request(
            None, prepared, base_url=self._base_url, headers=headers, timeout=floored
        )

    def _complete(self, flight: _Flight, response: httpx.Response, mint: _Minting) -> _Token:
        """Turn the (read) mint response into a token; on failure record it and raise it as an ApiError."""
        from schematic_api.api.session import create_session

        sent_wall, sent_mono = mint.sent_wall, mint.sent_mono
        received = self._clock()
        with self._cond:
            self._note_round_trip(received - sent_mono)
        try:
            if not response.is_success:
                raise error_from_response(response, mint.prepared)
            value, expires_at = _token_of(
                parse_response(mint.prepared, response, create_session.parse_response)
            )
        except ApiError as exc:
            logger.warning("schematic: session token mint failed (HTTP %d)", response.status_code)
            self._finish(flight, error=exc)
            # A failed refresh is no reason to fail a request the current token can still serve.
            with self._cond:
                current = self._token
                if current is not None and self._clock() < self._schedule_of(current)[1]:
                    return current
            raise
        # The server's absolute expiry mapped onto the local monotonic clock at the moment we sent the mint.
        lifetime = expires_at.timestamp() - sent_wall
        if lifetime <= 0:
            logger.warning(
                "schematic: session token expires_at is already past by the local clock; check the clock"
            )
        expires = sent_mono + max(lifetime, 0.0)
        # What remains on receipt: the server's TTL when it minted late in the round trip, else a bit less.
        remaining = max(expires - received, 0.0)
        token = _Token(value, expires=expires, lifetime=remaining, epoch=flight.epoch)
        logger.debug("schematic: minted a session token valid for %.1fs", remaining)
        self._finish(flight, token=token)
        return token

    @staticmethod
    def _authorize(request: httpx.Request, token: _Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.value}"
        return request

    # -- the flows: the same steps, sync and async --

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize with the cached (or freshly minted) token; on a 401 mark that token dead and resend
        once with a token installed since the refused request was sent (joining or starting a mint)."""
        request.read()
        refused: float | None = None  # after a 401: when the refused request was sent
        for attempt in range(2):
            # Taken before choosing the token: any other token installed from now on is newer than it.
            sent = self._clock()
            token: _Token | None = None
            while token is None:
                action, value = self._plan(_SYNC, refused)
                if action == "use":
                    token = value
                elif action == "fail":
                    raise _copy_error(value, request)
                elif action == "wait":
                    with self._cond:
                        while not value.done:
                            self._cond.wait()
                    token = self._outcome(value, request)
                else:
                    with _Minting(self, value) as mint:
                        response = yield mint.request(request, self._get_user())
                        response.read()
                    token = self._complete(value, response, mint)
            response = yield self._authorize(request, token)
            if response.status_code != 401 or attempt:
                return
            self._reject(token, self._clock() - sent)
            refused = sent

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The asyncio twin of `sync_auth_flow`: waiters await the flight; the event loop is never blocked."""
        await request.aread()
        loop = asyncio.get_running_loop()
        refused: float | None = None
        for attempt in range(2):
            sent = self._clock()
            token: _Token | None = None
            while token is None:
                action, value = self._plan(loop, refused)
                if action == "use":
                    token = value
                elif action == "fail":
                    raise _copy_error(value, request)
                elif action == "wait":
                    assert value.event is not None  # asyncio flights always carry an event
                    await value.event.wait()
                    token = self._outcome(value, request)
                else:
                    with _Minting(self, value) as mint:
                        user = self._get_user()
                        response = yield mint.request(
                            request, await user if inspect.isawaitable(user) else user
                        )
                        await response.aread()
                    token = self._complete(value, response, mint)
            response = yield self._authorize(request, token)
            if response.status_code != 401 or attempt:
                return
            self._reject(token, self._clock() - sent)
            refused = sent


class _Minting:
    """One caller's mint for a flight: builds the request, and if no response comes back (the send
    failed, the task was cancelled, ``get_user`` raised) abandons the flight so its waiters move on."""

    prepared: PreparedRequest  # the mint's call, set by `request` before any response comes back

    def __init__(self, auth: SessionAuth, flight: _Flight) -> None:
        self._auth = auth
        self._flight = flight
        self.sent_wall = self.sent_mono = 0.0

    def __enter__(self) -> _Minting:
        return self

    def request(self, request: httpx.Request, user: object) -> httpx.Request:
        """The mint request for `user` (what ``get_user()`` returned), timed as it leaves."""
        self.prepared, mint = self._auth._mint_request(request, self._auth._user_context(user))
        self.sent_wall, self.sent_mono = time.time(), self._auth._clock()
        return mint

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is not None:
            # httpx closes the flow (GeneratorExit) when sending the mint failed: the failure is its context.
            self._auth._abandon(self._flight, exc.__context__ if isinstance(exc, GeneratorExit) else exc)
