"""Credentials and scopes: secret keys, pk_ session mints, bearer tokens, signed user ids."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, DevServer

from schematic_ext._signing import sign_user_id

SESSION = "/api/auth/session/"
PK = {"Authorization": f"ApiKey {DEFAULT_PUBLISHABLE_KEY}"}
SK = {"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}
HMAC = "hmac-test-secret"


def mint(
    server: DevServer, body: dict[str, object] | None = None, headers: dict[str, str] = PK
) -> httpx.Response:
    return httpx.post(f"{server.url}{SESSION}", json=body or {}, headers=headers)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_missing_or_bad_secret_key_is_401(devserver: DevServer) -> None:
    assert httpx.get(f"{devserver.url}/flags").status_code == 401
    response = httpx.get(f"{devserver.url}/flags", headers={"X-Schematic-Api-Key": "sk_nope"})
    assert response.status_code == 401
    assert "error" in response.json()
    assert httpx.get(f"{devserver.url}/flags", headers={"Authorization": "Bearer forged"}).status_code == 401


def test_publishable_key_only_mints(devserver: DevServer) -> None:
    assert httpx.get(f"{devserver.url}/flags", headers=PK).status_code == 403
    assert (
        httpx.get(
            f"{devserver.url}/flags", headers={"X-Schematic-Api-Key": DEFAULT_PUBLISHABLE_KEY}
        ).status_code
        == 403
    )
    response = mint(devserver, {"user_id": "u1", "anonymous_id": "anon-1"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"token", "expires_at"}
    assert body["expires_at"].endswith("Z")
    assert devserver.mints[-1]["user_id"] == "u1"
    assert devserver.mints[-1]["anonymous_id"] == "anon-1"
    assert devserver.stats()["mints"] == 1


def test_secret_key_at_the_session_endpoint_is_refused_and_counted(devserver: DevServer) -> None:
    assert mint(devserver, headers=SK).status_code == 403
    assert mint(devserver, headers={"Authorization": f"ApiKey {DEFAULT_SECRET_KEY}"}).status_code == 403
    assert mint(devserver, headers={}).status_code == 401
    assert mint(devserver, headers={"Authorization": "ApiKey pk_wrong"}).status_code == 401
    stats = devserver.stats()
    assert stats["session_secret_key_refusals"] == 2
    assert stats["requests"]["createSession"] == 4
    assert stats["mints"] == 0
    assert devserver.mints == []


def test_bearer_token_scope(devserver: DevServer, api: httpx.Client) -> None:
    api.post(
        "/flags",
        json={"key": "f", "name": "F", "description": "", "default_value": True, "flag_type": "boolean"},
    )
    token = mint(devserver, {"anonymous_id": "a"}).json()["token"]
    url = devserver.url
    auth = bearer(token)
    assert httpx.post(f"{url}/flags/f/check", json={}, headers=auth).status_code == 200
    assert httpx.post(f"{url}/flags/check", json={}, headers=auth).status_code == 201
    assert httpx.post(f"{url}/flags/check-bulk", json={"contexts": [{}]}, headers=auth).status_code == 201
    event = {"event_type": "track", "body": {"event": "x"}}
    assert httpx.post(f"{url}/events", json=event, headers=auth).status_code == 201
    assert httpx.post(f"{url}/event-batch", json={"events": [event]}, headers=auth).status_code == 201
    assert httpx.get(f"{url}/flags", headers=auth).status_code == 403
    assert httpx.post(f"{url}/companies", json={"keys": {}}, headers=auth).status_code == 403
    assert httpx.get(f"{url}/events", headers=auth).status_code == 403
    assert mint(devserver, headers=auth).status_code == 403


def test_session_expires_after_ttl(devserver_factory: Callable[..., DevServer]) -> None:
    server = devserver_factory(session_ttl=0.5)
    token = mint(server).json()["token"]
    event = {"event_type": "track", "body": {"event": "x"}}
    assert httpx.post(f"{server.url}/events", json=event, headers=bearer(token)).status_code == 201
    time.sleep(0.6)
    expired = httpx.post(f"{server.url}/events", json=event, headers=bearer(token))
    assert expired.status_code == 401
    assert "expired" in expired.json()["error"]


def test_sessions_survive_a_restart(devserver: DevServer) -> None:
    token = mint(devserver).json()["token"]
    devserver.stop()
    devserver.start()
    event = {"event_type": "track", "body": {"event": "x"}}
    assert httpx.post(f"{devserver.url}/events", json=event, headers=bearer(token)).status_code == 201


@pytest.fixture
def signed_server(devserver_factory: Callable[..., DevServer]) -> DevServer:
    return devserver_factory(hmac_secret=HMAC, require_signed_user_id=True)


def test_signed_user_id_is_accepted(signed_server: DevServer) -> None:
    assert mint(signed_server, {**sign_user_id(HMAC, "user-42"), "anonymous_id": "a"}).status_code == 200
    assert signed_server.mints[-1]["user_id"] == "user-42"


def test_anonymous_mint_needs_no_signature(signed_server: DevServer) -> None:
    assert mint(signed_server, {"anonymous_id": "visitor"}).status_code == 200


@pytest.mark.parametrize(
    "make_body",
    [
        lambda: {"user_id": "user-42"},  # missing signature
        lambda: {**sign_user_id(HMAC, "user-42"), "user_id": "user-43"},  # signature of another user
        lambda: {**sign_user_id("other-secret", "user-42")},  # forged with the wrong secret
        lambda: {**sign_user_id(HMAC, "user-42", ts=int(time.time()) - 700)},  # stale
        lambda: {**sign_user_id(HMAC, "user-42", ts=int(time.time()) + 700)},  # from the future
        lambda: {"user_id": "user-42", "user_id_sig": "00" * 32},  # signature without timestamp
    ],
    ids=["missing", "other-user", "forged", "stale", "future", "no-ts"],
)
def test_bad_signatures_are_401(signed_server: DevServer, make_body: Callable[[], dict[str, object]]) -> None:
    # Signed when the test runs, not when it is collected: a long suite must not age the timestamps.
    response = mint(signed_server, make_body())
    assert response.status_code == 401
    assert signed_server.mints == []


def test_signature_within_skew_is_accepted(signed_server: DevServer) -> None:
    assert mint(signed_server, sign_user_id(HMAC, "u", ts=int(time.time()) - 590)).status_code == 200


def test_require_signed_without_secret_is_a_configuration_error() -> None:
    with pytest.raises(ValueError):
        DevServer(require_signed_user_id=True)
