"""The pk_ session handshake against the devserver: mint, cache, refresh, 401 re-mint, single-flight,
reset_session, signed user ids, mint backoff and redaction — sync and async alike."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, DevServer
from session_helpers import (
    FLAG,
    SESSION_PATH,
    AsyncPkClient,
    PkClient,
    ServerProcess,
    Wire,
    assert_one_mint_per_refresh_window,
    async_client,
    run_threads,
    sync_client,
)

from schematic_ext import (
    ApiConnectionError,
    InternalServerError,
    TooManyRequestsError,
    UnauthorizedError,
    UserContext,
    sign_user_id,
)
from schematic_ext._session import SessionAuth

HMAC_SECRET = "backend-only-hmac-secret"
LOAD_SERVER = ("--session-ttl", "2", "--no-validate-responses")  # 2 s tokens, for the load tests
COMPANY = {"id": "acme"}


def anonymous() -> UserContext:
    return UserContext()


def check(client: PkClient) -> bool:
    return client.features.check_flag(key=FLAG, company=COMPANY).data.value


def track(client: PkClient) -> None:
    client.events.create_event(event_type="track", body={"event": "clicked", "company": COMPANY})


async def acheck(client: AsyncPkClient) -> bool:
    return (await client.features.check_flag(key=FLAG, company=COMPANY)).data.value


def session_requests(srv: DevServer) -> int:
    return int(srv.stats()["requests"].get("createSession", 0))


def check_requests(srv: DevServer) -> int:
    return int(srv.stats()["requests"].get("checkFlag", 0))


# -- mint on first use, cache, secret keys --------------------------------------------------------------


def test_first_call_mints_and_later_calls_reuse_the_token(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    wire = Wire()
    client = sync_client(srv, lambda: UserContext(user_id="user-1"), wire=wire)
    for _ in range(5):
        assert check(client) is False
    track(client)
    assert srv.stats()["mints"] == 1
    [mint] = srv.mints
    assert mint["user_id"] == "user-1"
    assert mint["anonymous_id"] == client.auth.anonymous_id  # always sent, even for a known user
    credentials = {auth for _, path, auth in wire.sent if path != SESSION_PATH}
    assert len(credentials) == 1 and next(iter(credentials)).startswith("Bearer sess_")
    assert [auth for _, path, auth in wire.sent if path == SESSION_PATH] == [
        f"ApiKey {DEFAULT_PUBLISHABLE_KEY}"
    ]


def test_the_mint_carries_the_key_the_callers_user_agent_and_a_timeout_floor() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == SESSION_PATH:
            return httpx.Response(200, json={"token": "sess_x", "expires_at": "2999-01-01T00:00:00Z"})
        return httpx.Response(200, json={})

    auth = SessionAuth("pk_test", anonymous, base_url="http://api.test", mint_timeout=5.0)
    with httpx.Client(
        transport=httpx.MockTransport(answer), auth=auth, headers={"User-Agent": "app/1"}
    ) as http:
        http.get("http://api.test/companies", timeout=httpx.Timeout(1.0, read=None))
    mint, call = seen
    assert (mint.method, str(mint.url)) == ("POST", f"http://api.test{SESSION_PATH}")
    assert mint.headers["authorization"] == "ApiKey pk_test"
    assert (mint.headers["user-agent"], mint.headers["accept"]) == ("app/1", "application/json")
    assert mint.extensions["timeout"] == {"connect": 5.0, "read": None, "write": 5.0, "pool": 5.0}
    assert json.loads(mint.content) == {"anonymous_id": auth.anonymous_id}
    assert call.headers["authorization"] == "Bearer sess_x"


async def test_async_first_call_mints_once_for_50_concurrent_tasks(
    pk_server: Callable[..., DevServer],
) -> None:
    srv = pk_server()
    srv.faults.add(
        "POST", SESSION_PATH, latency=0.2
    )  # a slow mint, so all 50 tasks arrive while it is in flight
    client = async_client(srv, anonymous)
    results = await asyncio.gather(*(acheck(client) for _ in range(50)))
    assert results == [False] * 50
    assert session_requests(srv) == 1
    assert srv.stats()["mints"] == 1


def test_50_threads_waiting_for_the_first_token_share_one_mint(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    srv.faults.add("POST", SESSION_PATH, latency=0.2)
    client = sync_client(srv, anonymous)
    errors = run_threads(50, lambda _: check(client))
    assert errors == []
    assert session_requests(srv) == 1
    assert check_requests(srv) == 50


def test_secret_key_is_never_sent_to_the_session_endpoint(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    wire = Wire()
    client = sync_client(srv, anonymous, key=DEFAULT_SECRET_KEY, wire=wire)
    check(client)
    client.auth.reset_session()  # a no-op for secret keys
    check(client)
    assert session_requests(srv) == 0
    assert {path for _, path, _ in wire.sent} == {f"/flags/{FLAG}/check"}
    assert {auth for _, _, auth in wire.sent} == {""}  # the secret key goes in X-Schematic-Api-Key only


# -- refresh before expiry, across token lifetimes ------------------------------------------------------


def test_50_threads_across_three_token_lifetimes_mint_once_per_refresh_window(
    pk_server_process: Callable[..., ServerProcess],
) -> None:
    """session_ttl=2 s, so the refresh margin is min(60 s, lifetime/4) ≈ 0.5 s: a token serves its first
    1.5 s, then is re-minted. 50 threads alternate flag checks and track events for 7 s after the first
    mint (three and a half lifetimes).

    Exact assertions, from the mints seen on the wire (sent_at, and the refresh point three quarters of
    the way to the token's expires_at): every mint after the first was sent no earlier than the previous
    token's refresh point and within 0.5 s after it — exactly one mint per refresh window, none skipped —
    the last refresh point was not passed under load, and 7 s of load crossed at least 4 refresh points
    (the window is 1.5 s plus a quarter of the mint's queueing delay at the server). No request
    was sent at or after its token's expires_at, and no call failed. (A request sent with a valid token may
    still reach the loaded server after expiry: its 401 is retried with a newer token that outlives a
    trip as slow, which may be minted early; the window assertions allow that, and only after a 401.)
    The server runs in a child process, as a real one would, so its work does not slow the clients'.
    """
    srv = pk_server_process(*LOAD_SERVER)
    wire = Wire()
    client = sync_client(srv, anonymous, wire=wire, max_retries=2)  # the SDK's default retries
    check(client)
    stop_at = time.time() + 7.0
    calls = [0] * 50

    def worker(index: int) -> None:
        while time.time() < stop_at:
            if calls[index] % 2:
                track(client)
            else:
                check(client)
            calls[index] += 1

    errors = run_threads(50, worker)
    assert errors == [], [repr(error) for error in errors[:5]]
    assert min(calls) > 0
    assert assert_one_mint_per_refresh_window(wire, stop_at) >= 1 + 4
    assert srv.stats()["mints"] == len(wire.tokens)
    assert wire.bearer_requests_after_expiry() == []


async def test_async_tasks_across_refresh_points_mint_once_per_window(
    pk_server_process: Callable[..., ServerProcess],
) -> None:
    """The asyncio twin, shorter: 50 tasks on one loop for 4 s after the first mint (refresh points at
    about 1.5 s and 3 s, with time to spare); the same window assertions (at least 2 refresh points
    crossed), no request sent with an expired token, no failed call."""
    srv = pk_server_process(*LOAD_SERVER)
    wire = Wire()
    client = async_client(srv, anonymous, wire=wire, max_retries=2)
    await acheck(client)
    stop_at = time.time() + 4.0

    async def worker() -> int:
        calls = 0
        while time.time() < stop_at:
            await acheck(client)
            calls += 1
        return calls

    calls = await asyncio.gather(*(worker() for _ in range(50)))
    assert min(calls) > 0
    assert assert_one_mint_per_refresh_window(wire, stop_at) >= 1 + 2
    assert srv.stats()["mints"] == len(wire.tokens)
    assert wire.bearer_requests_after_expiry() == []


def test_refresh_margin_is_configurable_and_capped_at_a_quarter_of_the_lifetime(
    pk_server: Callable[..., DevServer],
) -> None:
    """With ttl=2 s a 0.2 s margin keeps a token for ~1.8 s; a 60 s margin would re-mint on every call
    without the quarter-lifetime cap, which keeps the token for 1.5 s."""
    srv = pk_server(session_ttl=2)
    short_margin = sync_client(srv, anonymous, refresh_margin=0.2)
    check(short_margin)
    time.sleep(1.3)
    check(short_margin)
    assert srv.stats()["mints"] == 1  # 1.3 s in: beyond half the lifetime, still before its last 0.2 s
    time.sleep(0.6)
    check(short_margin)
    assert srv.stats()["mints"] == 2

    default_margin = sync_client(srv, anonymous)
    for _ in range(20):
        check(default_margin)
    assert srv.stats()["mints"] == 3
    time.sleep(1.3)
    check(default_margin)
    assert srv.stats()["mints"] == 3  # 1.3 s in: not yet in the last quarter
    time.sleep(0.3)
    check(default_margin)
    assert srv.stats()["mints"] == 4


# -- 401: drop, re-mint once, retry once ------------------------------------------------------------------


def test_injected_401_re_mints_once_and_the_check_succeeds(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    client = sync_client(srv, anonymous)
    check(client)
    srv.faults.add(path="/flags/*/check", status=401, count=1)
    assert check(client) is False
    assert srv.stats()["mints"] == 2
    assert check_requests(srv) == 3  # warm-up, the 401, the one retry


def test_a_second_401_is_returned_not_retried_again(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    client = sync_client(srv, anonymous, max_retries=2)
    check(client)
    srv.faults.add(path="/flags/*/check", status=401, count=None)
    with pytest.raises(UnauthorizedError) as caught:
        check(client)
    assert caught.value.status_code == 401
    assert srv.stats()["mints"] == 2
    assert check_requests(srv) == 3  # warm-up, the 401, exactly one retry (401 is not in the retry policy)


async def test_async_injected_401_re_mints_once(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    client = async_client(srv, anonymous)
    await acheck(client)
    srv.faults.add(path="/flags/*/check", status=401, count=1)
    assert await acheck(client) is False
    srv.faults.add(path="/flags/*/check", status=401, count=None)
    with pytest.raises(UnauthorizedError):
        await acheck(client)
    assert srv.stats()["mints"] == 3
    assert check_requests(srv) == 5


def test_concurrent_401s_share_one_re_mint(pk_server: Callable[..., DevServer]) -> None:
    """20 threads holding the same token all get a 401 at once: the token is dropped once and re-minted
    once (the mint is slowed so every thread's retry arrives while it is in flight)."""
    srv = pk_server()
    client = sync_client(srv, anonymous)
    errors = run_threads(20, lambda _: check(client))  # warm-up: one mint, 20 open connections
    # Held 0.3 s and a 1 s mint: every thread's first request is in before any retry, even on a busy machine.
    srv.faults.add(path="/flags/*/check", status=401, count=20, latency=0.3)
    srv.faults.add("POST", SESSION_PATH, latency=1.0)
    errors += run_threads(20, lambda _: check(client))
    assert errors == []
    assert srv.stats()["mints"] == 2
    assert check_requests(srv) == 20 + 20 + 20


# -- reset_session ----------------------------------------------------------------------------------------


def test_reset_session_after_login_mints_with_the_new_user_and_the_same_anonymous_id(
    pk_server: Callable[..., DevServer],
) -> None:
    srv = pk_server()
    current = {"user": UserContext()}
    client = sync_client(srv, lambda: current["user"])
    check(client)
    current["user"] = UserContext(user_id="user-1")  # log in
    check(client)
    assert srv.stats()["mints"] == 1  # identity changes only take effect at the next mint
    client.auth.reset_session()
    check(client)
    current["user"] = UserContext()  # log out
    client.auth.reset_session()
    check(client)
    anonymous_id = client.auth.anonymous_id
    assert [(m["user_id"], m["anonymous_id"]) for m in srv.mints] == [
        (None, anonymous_id),
        ("user-1", anonymous_id),
        (None, anonymous_id),
    ]


async def test_async_reset_session_and_async_get_user(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    current = {"user": UserContext(anonymous_id="device-9")}

    async def get_user() -> UserContext:
        await asyncio.sleep(0)
        return current["user"]

    client = async_client(srv, get_user)
    await acheck(client)
    current["user"] = UserContext(user_id="user-2", anonymous_id="device-9")
    client.auth.reset_session()
    await acheck(client)
    assert [(m["user_id"], m["anonymous_id"]) for m in srv.mints] == [
        (None, "device-9"),
        ("user-2", "device-9"),
    ]


def test_reset_during_an_in_flight_mint_does_not_install_the_old_identity(
    pk_server: Callable[..., DevServer],
) -> None:
    srv = pk_server()
    current = {"user": UserContext()}
    wire = Wire()
    client = sync_client(srv, lambda: current["user"], wire=wire)
    srv.faults.add("POST", SESSION_PATH, latency=0.4)
    slow = threading.Thread(target=check, args=(client,))
    slow.start()
    time.sleep(0.1)  # the anonymous mint is in flight now
    current["user"] = UserContext(user_id="user-3")
    client.auth.reset_session()
    check(client)  # must not wait for (or use) the anonymous mint
    slow.join()
    check(client)
    assert sorted(m["user_id"] or "" for m in srv.mints) == ["", "user-3"]
    user_token, _anonymous_token = wire.tokens  # in the order their responses arrived
    _, _, last_credential = wire.sent[-1]
    assert last_credential == f"Bearer {user_token}"  # the stale anonymous token was never installed
    assert srv.stats()["mints"] == 2


# -- signed user ids ----------------------------------------------------------------------------------------


def test_require_signed_mode_accepts_a_correct_signature(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server(hmac_secret=HMAC_SECRET, require_signed_user_id=True)
    client = sync_client(srv, lambda: UserContext(**sign_user_id(HMAC_SECRET, "user-1")))
    assert check(client) is False
    assert [m["user_id"] for m in srv.mints] == ["user-1"]


@pytest.mark.parametrize(
    ("name", "context", "message"),
    [
        (
            "forged",
            lambda: UserContext(
                user_id="user-1",
                user_id_sig=sign_user_id("attacker-guess", "user-1")["user_id_sig"],
                user_id_ts=int(time.time()),
            ),
            "user_id_sig is invalid or stale",
        ),
        ("missing", lambda: UserContext(user_id="user-1"), "user_id must be signed"),
        (
            "ten minutes old",
            lambda: UserContext(**sign_user_id(HMAC_SECRET, "user-1", ts=int(time.time()) - 601)),
            "user_id_sig is invalid or stale",
        ),
    ],
)
def test_require_signed_mode_rejects_bad_signatures_with_a_clear_401(
    pk_server: Callable[..., DevServer], name: str, context: Callable[[], UserContext], message: str
) -> None:
    srv = pk_server(hmac_secret=HMAC_SECRET, require_signed_user_id=True)
    client = sync_client(srv, context)
    with pytest.raises(UnauthorizedError) as caught:
        check(client)
    assert caught.value.status_code == 401
    assert message in str(caught.value)
    assert DEFAULT_PUBLISHABLE_KEY not in str(caught.value) and DEFAULT_PUBLISHABLE_KEY not in repr(
        caught.value
    )
    assert srv.stats()["mints"] == 0
    assert check_requests(srv) == 0  # the request itself was never sent without a token


# -- failed mints back off; they never spin --------------------------------------------------------------------


def test_failed_mint_backs_off_and_fails_fast_within_the_window(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    srv.faults.add("POST", SESSION_PATH, status=503, count=None)
    client = sync_client(srv, anonymous, max_retries=2)
    with pytest.raises(InternalServerError) as first:
        check(client)
    for _ in range(50):  # within the 0.5 s window: the last error again, nothing sent
        with pytest.raises(InternalServerError) as caught:
            check(client)
    assert caught.value.status_code == 503
    assert caught.value is not first.value  # a copy per caller, naming the mint as the failed call
    for error in (first.value, caught.value):
        assert (error.operation, error.method, error.path) == ("createSession", "POST", SESSION_PATH)
        assert str(error).startswith(f"createSession POST {SESSION_PATH}: HTTP 503")
    assert session_requests(srv) == 1
    time.sleep(0.6)
    with pytest.raises(InternalServerError):
        check(client)
    assert session_requests(srv) == 2  # the window has doubled to 1 s
    time.sleep(0.5)
    with pytest.raises(InternalServerError):
        check(client)
    assert session_requests(srv) == 2
    srv.faults.clear()
    time.sleep(0.6)
    assert check(client) is False
    assert session_requests(srv) == 3
    assert check_requests(srv) == 1


async def test_async_failed_mint_honours_retry_after(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    srv.faults.add("POST", SESSION_PATH, status=429, retry_after=1, count=1)
    client = async_client(srv, anonymous)
    with pytest.raises(TooManyRequestsError):
        await acheck(client)
    await asyncio.sleep(0.7)  # past the 0.5 s back-off, not past Retry-After
    with pytest.raises(TooManyRequestsError) as caught:
        await acheck(client)
    assert (caught.value.operation, caught.value.retry_after) == ("createSession", 1.0)
    assert session_requests(srv) == 1
    await asyncio.sleep(0.4)
    assert await acheck(client) is False
    assert session_requests(srv) == 2


def test_a_still_valid_token_keeps_serving_while_refreshes_fail(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server(session_ttl=2)
    client = sync_client(srv, anonymous)
    check(client)
    srv.faults.add("POST", SESSION_PATH, status=500, count=None)
    time.sleep(1.6)  # in the refresh window (the last quarter), 0.4 s before expiry
    for _ in range(5):
        assert check(client) is False
    assert session_requests(srv) == 2  # one failed refresh, then backing off
    assert srv.stats()["mints"] == 1


def test_a_dropped_mint_connection_is_retried_by_the_request_retry_loop(
    pk_server: Callable[..., DevServer],
) -> None:
    """Ten threads wait on one mint whose connection is dropped: every caller sees a connection error
    (not a hang), the retry loop tries again, and one new mint serves them all."""
    srv = pk_server()
    srv.faults.add("POST", SESSION_PATH, drop=True, latency=0.3, count=1)
    client = sync_client(srv, anonymous, max_retries=3)
    errors = run_threads(10, lambda _: check(client))
    assert errors == []
    assert session_requests(srv) == 2
    assert srv.stats()["mints"] == 1


def test_a_dropped_mint_without_retries_is_an_api_connection_error(
    pk_server: Callable[..., DevServer],
) -> None:
    srv = pk_server()
    srv.faults.add("POST", SESSION_PATH, drop=True, count=1)
    client = sync_client(srv, anonymous, max_retries=0)
    with pytest.raises(ApiConnectionError):
        check(client)
    assert check(client) is False  # a transport failure opens no back-off window


async def test_cancelling_the_minting_task_does_not_fail_its_waiters(
    pk_server: Callable[..., DevServer],
) -> None:
    srv = pk_server()
    srv.faults.add("POST", SESSION_PATH, latency=0.5, count=1)
    client = async_client(srv, anonymous)
    minter = asyncio.create_task(acheck(client))
    await asyncio.sleep(0.1)
    waiters = [asyncio.create_task(acheck(client)) for _ in range(5)]
    await asyncio.sleep(0.1)
    minter.cancel()
    assert await asyncio.gather(*waiters) == [False] * 5
    with pytest.raises(asyncio.CancelledError):
        await minter


def test_a_short_call_timeout_does_not_cut_the_mint_short(pk_server: Callable[..., DevServer]) -> None:
    """A 0.3 s per-call timeout (like a flag check's) still lets a 0.6 s mint finish: otherwise every
    such call would start a mint and abandon it."""
    srv = pk_server()
    srv.faults.add("POST", SESSION_PATH, latency=0.6)
    client = sync_client(srv, anonymous)
    result = client.features.check_flag(
        key=FLAG, company=COMPANY, request_options={"timeout_in_seconds": 0.3}
    )
    assert result.data.value is False
    assert session_requests(srv) == 1


def test_get_user_errors_reach_the_caller_and_the_next_call_asks_again(
    pk_server: Callable[..., DevServer],
) -> None:
    srv = pk_server()
    answers: list[Any] = [
        RuntimeError("session store unavailable"),
        {"user_id": "u"},
        UserContext(user_id="u"),
    ]

    def get_user() -> UserContext:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer  # type: ignore[no-any-return]

    client = sync_client(srv, get_user)
    with pytest.raises(RuntimeError, match="session store unavailable"):
        check(client)
    with pytest.raises(TypeError, match="get_user must return a UserContext"):
        check(client)
    assert check(client) is False
    assert [m["user_id"] for m in srv.mints] == ["u"]


def test_an_async_get_user_on_a_sync_client_is_a_clear_error(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()

    async def get_user() -> UserContext:
        return UserContext()

    with pytest.raises(TypeError, match="async get_user needs an async client"):
        check(sync_client(srv, get_user))


# -- security: nothing secret in logs, reprs or errors ------------------------------------------------------------


def test_keys_and_tokens_never_reach_logs_reprs_or_errors(
    pk_server: Callable[..., DevServer], caplog: pytest.LogCaptureFixture
) -> None:
    srv = pk_server(hmac_secret=HMAC_SECRET)
    wire = Wire()
    signed = sign_user_id(HMAC_SECRET, "user-1")
    client = sync_client(srv, lambda: UserContext(**signed), wire=wire)
    caplog.set_level(logging.DEBUG)
    check(client)
    srv.faults.add(path="/flags/*/check", status=401, count=1)
    check(client)
    srv.faults.add(path="/flags/*/check", status=401, count=2)
    srv.faults.add("POST", SESSION_PATH, status=500, count=1)
    with pytest.raises(InternalServerError) as caught:
        check(client)
    secrets = [DEFAULT_PUBLISHABLE_KEY, signed["user_id_sig"], *wire.tokens]
    assert len(wire.tokens) == 2
    texts = [
        caplog.text,
        repr(client.auth),
        str(caught.value),
        repr(caught.value),
        repr(UserContext(**signed)),
    ]
    for secret in secrets:
        for text in texts:
            assert secret not in text


def test_a_forked_child_reuses_the_token_and_can_re_mint(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    client = sync_client(srv, anonymous)
    check(client)
    pid = os.fork()
    if pid == 0:  # the child: the parent's token works; a reset mints on the child's own connection
        code = 1
        try:
            check(client)
            client.auth.reset_session()
            check(client)
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert srv.stats()["mints"] == 2
    check(client)
    assert srv.stats()["mints"] == 2


def test_session_auth_works_on_a_plain_httpx_client(pk_server: Callable[..., DevServer]) -> None:
    """The flow is ordinary ``httpx.Auth``: users can put it on their own httpx client."""
    srv = pk_server()
    auth = SessionAuth(DEFAULT_PUBLISHABLE_KEY, anonymous, base_url=srv.url)
    with httpx.Client(base_url=srv.url, auth=auth) as http:
        response = http.post(f"/flags/{FLAG}/check", json={"company": COMPANY})
    assert response.status_code == 200
    assert [r.request.url.path for r in response.history] == [SESSION_PATH]
    assert srv.stats()["mints"] == 1
