"""Key mode by prefix, `UserContext` validation, and redaction of keys, tokens and signatures."""

from __future__ import annotations

import pytest

import schematic_ext
from schematic_ext._auth import ApiKeyAuth, auth_for_key
from schematic_ext._session import SessionAuth, UserContext

URL = "https://api.example.test"


def anonymous() -> UserContext:
    return UserContext()


def test_pk_key_runs_the_handshake_and_anything_else_is_a_secret_key() -> None:
    assert isinstance(auth_for_key("pk_live_abc", base_url=URL, get_user=anonymous), SessionAuth)
    assert isinstance(auth_for_key("sk_live_abc", base_url=URL), ApiKeyAuth)
    assert isinstance(auth_for_key("legacy-key", base_url=URL, get_user=anonymous), ApiKeyAuth)


def test_pk_key_without_get_user_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="get_user is required with a publishable"):
        auth_for_key("pk_live_abc", base_url=URL)


def test_bad_arguments_name_themselves() -> None:
    with pytest.raises(TypeError, match="get_user must be a callable"):
        SessionAuth("pk_x", "not callable", base_url=URL)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="secret keys never go to the session endpoint"):
        SessionAuth("sk_x", anonymous, base_url=URL)
    with pytest.raises(ValueError, match="refresh_margin"):
        SessionAuth("pk_x", anonymous, base_url=URL, refresh_margin=-1)
    with pytest.raises(ValueError, match="base_url"):
        SessionAuth("pk_x", anonymous, base_url="api.example.test")
    with pytest.raises(TypeError, match="api_key must be a str"):
        auth_for_key(b"pk_x", base_url=URL)  # type: ignore[arg-type]


def test_user_context_fields_are_validated() -> None:
    assert UserContext() == UserContext(user_id=None, anonymous_id=None, user_id_sig=None, user_id_ts=None)
    with pytest.raises(ValueError, match="user_id must be a non-empty str"):
        UserContext(user_id="")
    with pytest.raises(TypeError, match="user_id_ts must be an int"):
        UserContext(user_id="u", user_id_sig="ab", user_id_ts="1700000000")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="pass both or neither"):
        UserContext(user_id="u", user_id_sig="ab")
    with pytest.raises(ValueError, match="needs the user_id"):
        UserContext(user_id_sig="ab", user_id_ts=1)


def test_user_context_takes_the_backend_signing_output() -> None:
    signed = schematic_ext.sign_user_id("hmac-secret", "user-1", ts=1_700_000_000)
    ctx = UserContext(**signed, anonymous_id="device-1")
    assert (ctx.user_id, ctx.user_id_ts, ctx.anonymous_id) == ("user-1", 1_700_000_000, "device-1")
    assert ctx.user_id_sig == signed["user_id_sig"]
    assert signed["user_id_sig"] not in repr(ctx)
    assert "user_id_sig=<redacted>" in repr(ctx)


def test_reprs_never_show_keys() -> None:
    session = auth_for_key("pk_live_topsecret", base_url=URL, get_user=anonymous)
    secret = auth_for_key("sk_live_topsecret", base_url=URL)
    for auth in (session, secret):
        assert "topsecret" not in repr(auth)
        assert "<redacted>" in repr(auth)


def test_each_session_auth_has_a_stable_anonymous_id_unless_given() -> None:
    first = SessionAuth("pk_x", anonymous, base_url=URL)
    second = SessionAuth("pk_x", anonymous, base_url=URL)
    assert first.anonymous_id != second.anonymous_id
    assert first.anonymous_id == first.anonymous_id
    assert SessionAuth("pk_x", anonymous, base_url=URL, anonymous_id="device-7").anonymous_id == "device-7"


def test_reset_session_is_a_no_op_for_secret_keys() -> None:
    auth = auth_for_key("sk_live", base_url=URL)
    auth.reset_session()
    assert isinstance(auth, ApiKeyAuth)
