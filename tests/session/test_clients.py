"""pk_ keys through the public clients: `Schematic`, `AsyncSchematic`, `EventClient`, `AsyncEventClient`
all take ``get_user``, share one token between flag checks and events, and offer ``reset_session()``."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, DevServer
from session_helpers import FLAG

from schematic_ext import ApiError, AsyncSchematic, Schematic, UnauthorizedError, UserContext, sign_user_id
from schematic_ext._event_client import AsyncEventClient, EventClient

COMPANY = {"id": "acme"}
HMAC_SECRET = "backend-only-hmac-secret"


@pytest.mark.parametrize(
    "construct",
    [
        lambda url: Schematic(DEFAULT_PUBLISHABLE_KEY, base_url=url),
        lambda url: AsyncSchematic(DEFAULT_PUBLISHABLE_KEY, base_url=url),
        lambda url: EventClient(url, DEFAULT_PUBLISHABLE_KEY),
        lambda url: AsyncEventClient(url, DEFAULT_PUBLISHABLE_KEY),
    ],
    ids=["Schematic", "AsyncSchematic", "EventClient", "AsyncEventClient"],
)
def test_every_client_requires_get_user_for_a_pk_key(construct: Callable[[str], Any]) -> None:
    with pytest.raises(ValueError, match="get_user is required with a publishable"):
        construct("http://127.0.0.1:9")


def test_schematic_flag_checks_and_events_share_one_token_and_reset_after_login(
    pk_server: Callable[..., DevServer],
) -> None:
    srv = pk_server()
    current = {"user": UserContext()}
    with Schematic(DEFAULT_PUBLISHABLE_KEY, base_url=srv.url, get_user=lambda: current["user"]) as client:
        assert client.check_flag(FLAG, COMPANY) is False
        assert client.features.check_flag(key=FLAG, company=COMPANY).data.value is False
        client.track("clicked", company=COMPANY)
        client.flush_events()
        assert srv.stats()["mints"] == 1
        current["user"] = UserContext(user_id="user-1")  # log in
        client.reset_session()
        client.track("clicked", company=COMPANY)
        client.flush_events()
        assert DEFAULT_PUBLISHABLE_KEY not in repr(client)
    anonymous_id = srv.mints[0]["anonymous_id"]
    assert anonymous_id
    assert [(m["user_id"], m["anonymous_id"]) for m in srv.mints] == [
        (None, anonymous_id),
        ("user-1", anonymous_id),
    ]
    assert srv.store.count_events("track") == 2


def test_schematic_with_a_secret_key_never_mints_and_reset_session_is_a_no_op(
    pk_server: Callable[..., DevServer],
) -> None:
    srv = pk_server()
    with Schematic(DEFAULT_SECRET_KEY, base_url=srv.url, get_user=UserContext) as client:
        client.features.check_flag(key=FLAG, company=COMPANY)
        client.reset_session()
        client.features.check_flag(key=FLAG, company=COMPANY)
    assert srv.stats()["requests"].get("createSession", 0) == 0


async def test_async_schematic_with_an_async_get_user(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    current = {"user": UserContext(user_id="user-1")}

    async def get_user() -> UserContext:
        return current["user"]

    async with AsyncSchematic(DEFAULT_PUBLISHABLE_KEY, base_url=srv.url, get_user=get_user) as client:
        assert (await client.features.check_flag(key=FLAG, company=COMPANY)).data.value is False
        assert await client.check_flag(FLAG, COMPANY) is False
        current["user"] = UserContext(user_id="user-2")
        await client.reset_session()
        await client.features.check_flag(key=FLAG, company=COMPANY)
    assert [m["user_id"] for m in srv.mints] == ["user-1", "user-2"]


def test_event_client_mints_once_and_reset_session_re_mints(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    current = {"user": UserContext()}
    with EventClient(srv.url, DEFAULT_PUBLISHABLE_KEY, get_user=lambda: current["user"]) as client:
        for _ in range(30):
            client.track(user_id="user-1", event_type="clicked")
        client.flush()
        current["user"] = UserContext(user_id="user-1")
        client.reset_session()
        client.track(user_id="user-1", event_type="clicked")
        client.flush()
    assert [m["user_id"] for m in srv.mints] == [None, "user-1"]


async def test_async_event_client_mints_once(pk_server: Callable[..., DevServer]) -> None:
    srv = pk_server()
    async with AsyncEventClient(srv.url, DEFAULT_PUBLISHABLE_KEY, get_user=UserContext) as client:
        for _ in range(30):
            await client.track(user_id="user-1", event_type="clicked")
        await client.flush()
    assert srv.stats()["mints"] == 1


def test_a_failed_mint_raises_from_flush_and_reaches_on_error_for_background_sends(
    pk_server: Callable[..., DevServer],
) -> None:
    """A require-signed key and an unsigned user: the mint is refused with 401, which `flush()` raises as
    an `ApiError` and a background send hands to ``on_error`` — not retried (a 401 will not change)."""
    srv = pk_server(hmac_secret=HMAC_SECRET, require_signed_user_id=True)
    reported: list[tuple[Exception, int]] = []
    reported_once = threading.Event()

    def on_error(error: Exception, events: list[dict[str, Any]]) -> None:
        reported.append((error, len(events)))
        reported_once.set()

    unsigned = EventClient(
        srv.url, DEFAULT_PUBLISHABLE_KEY, get_user=lambda: UserContext(user_id="user-1"), on_error=on_error
    )
    unsigned.track(user_id="user-1", event_type="clicked")
    with pytest.raises(ApiError) as caught:
        unsigned.flush()
    assert caught.value.status_code == 401
    assert "user_id must be signed" in str(caught.value.__cause__ or caught.value)
    assert [(type(error), count) for error, count in reported] == [(UnauthorizedError, 1)]
    assert srv.stats()["requests"].get("createEventBatch", 0) == 0

    background = EventClient(
        srv.url,
        DEFAULT_PUBLISHABLE_KEY,
        get_user=lambda: UserContext(user_id="user-1"),
        on_error=on_error,
        flush_interval=0.05,
    )
    reported_once.clear()
    background.track(user_id="user-1", event_type="clicked")
    assert reported_once.wait(5)
    assert isinstance(reported[-1][0], UnauthorizedError)
    unsigned.shutdown(timeout=1)
    background.shutdown(timeout=1)

    signed = EventClient(
        srv.url, DEFAULT_PUBLISHABLE_KEY, get_user=lambda: UserContext(**sign_user_id(HMAC_SECRET, "user-1"))
    )
    signed.track(user_id="user-1", event_type="clicked")
    signed.flush()
    signed.shutdown()
    assert [m["user_id"] for m in srv.mints] == ["user-1"]


def _wait_for_mint(srv: DevServer, deadline: float) -> None:
    while not srv.mints and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_mint_slower_than_the_flag_check_timeout_completes_sync(
    pk_server: Callable[..., DevServer],
) -> None:
    """The first check falls back at its deadline; the mint goes on, and the next check uses its token."""
    srv = pk_server()
    srv.faults.add("POST", "/api/auth/session/", latency=1.0, count=1)
    with Schematic(
        DEFAULT_PUBLISHABLE_KEY, base_url=srv.url, get_user=UserContext, flag_check_timeout=0.3
    ) as client:
        first = client.check_flag_with_entitlement(FLAG, COMPANY)
        assert first.reason.startswith("default value")
        _wait_for_mint(srv, time.monotonic() + 5)
        time.sleep(0.2)
        second = client.check_flag_with_entitlement("other-flag", COMPANY)
    assert second.reason == "flag not found"  # an answer from the API, with the minted token
    assert len(srv.mints) == 1


async def test_a_mint_slower_than_the_flag_check_timeout_completes_async(
    pk_server: Callable[..., DevServer],
) -> None:
    srv = pk_server()
    srv.faults.add("POST", "/api/auth/session/", latency=1.0, count=1)
    async with AsyncSchematic(
        DEFAULT_PUBLISHABLE_KEY, base_url=srv.url, get_user=UserContext, flag_check_timeout=0.3
    ) as client:
        first = await client.check_flag_with_entitlement(FLAG, COMPANY)
        assert first.reason.startswith("default value")
        deadline = time.monotonic() + 5
        while not srv.mints and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)
        second = await client.check_flag_with_entitlement("other-flag", COMPANY)
    assert second.reason == "flag not found"
    assert len(srv.mints) == 1
