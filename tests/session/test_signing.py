"""`sign_user_id` / `verify_user_id`: the exact wire definition, freshness and forgery checks."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from schematic_ext import sign_user_id, verify_user_id

SECRET = "backend-hmac-secret"


def test_signature_is_hex_hmac_sha256_of_user_id_pipe_ts() -> None:
    signed = sign_user_id(SECRET, "user-42", ts=1_700_000_000)
    expected = hmac.new(SECRET.encode(), b"user-42|1700000000", hashlib.sha256).hexdigest()
    assert signed == {"user_id": "user-42", "user_id_sig": expected, "user_id_ts": 1_700_000_000}


def test_default_timestamp_is_now_and_verifies() -> None:
    signed = sign_user_id(SECRET, "user-42")
    assert verify_user_id(SECRET, signed["user_id"], signed["user_id_sig"], signed["user_id_ts"])


def test_forged_other_user_wrong_secret_and_stale_signatures_fail() -> None:
    now = 1_700_000_000
    signed = sign_user_id(SECRET, "user-42", ts=now)
    sig = signed["user_id_sig"]
    assert verify_user_id(SECRET, "user-42", sig, now, now=now)
    assert not verify_user_id(SECRET, "user-43", sig, now, now=now)
    assert not verify_user_id("other-secret", "user-42", sig, now, now=now)
    assert not verify_user_id(SECRET, "user-42", "0" * 64, now, now=now)
    assert not verify_user_id(SECRET, "user-42", sig, now + 1, now=now)
    assert verify_user_id(SECRET, "user-42", sig, now, now=now + 600)
    assert not verify_user_id(SECRET, "user-42", sig, now, now=now + 601)
    assert not verify_user_id(SECRET, "user-42", sig, now, max_age=60, now=now + 61)


def test_bad_arguments_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="user_id"):
        sign_user_id(SECRET, "")
    with pytest.raises(TypeError, match="ts must be an int"):
        sign_user_id(SECRET, "u", ts=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="secret"):
        sign_user_id("", "u")
