"""Signed user ids for publishable-key sessions: a backend signs, the API verifies (HMAC-SHA256).

``user_id_sig = hex(HMAC-SHA256(key=hmac_secret, msg=f"{user_id}|{unix_seconds}"))``. Run `sign_user_id`
on your backend only; the HMAC secret must never reach a client.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import TypedDict

__all__ = ["SignedUserId", "sign_user_id", "verify_user_id"]

DEFAULT_MAX_AGE = 600


class SignedUserId(TypedDict):
    """The fields a client passes through its user-context callback at mint time."""

    user_id: str
    user_id_sig: str
    user_id_ts: int


def _key(secret: str | bytes) -> bytes:
    if isinstance(secret, str):
        secret = secret.encode()
    if not isinstance(secret, bytes) or not secret:
        raise ValueError("secret must be a non-empty str or bytes")
    return secret


def _signature(key: bytes, user_id: str, ts: int) -> str:
    return hmac.new(key, f"{user_id}|{ts}".encode(), hashlib.sha256).hexdigest()


def sign_user_id(secret: str | bytes, user_id: str, ts: int | None = None) -> SignedUserId:
    """Sign `user_id` at `ts` (default: now, unix seconds)."""
    if not isinstance(user_id, str) or not user_id:
        raise ValueError("user_id must be a non-empty str")
    if ts is None:
        ts = int(time.time())
    elif isinstance(ts, bool) or not isinstance(ts, int):
        raise TypeError(f"ts must be an int of unix seconds, got {type(ts).__name__}")
    return {"user_id": user_id, "user_id_sig": _signature(_key(secret), user_id, ts), "user_id_ts": ts}


def verify_user_id(
    secret: str | bytes,
    user_id: str,
    sig: str,
    ts: int,
    max_age: float = DEFAULT_MAX_AGE,
    *,
    now: float | None = None,
) -> bool:
    """True when `sig` signs `user_id` at `ts` and `ts` is within `max_age` seconds of now (either way)."""
    if not user_id or not isinstance(sig, str) or isinstance(ts, bool) or not isinstance(ts, int):
        return False
    current = time.time() if now is None else now
    if abs(current - ts) > max_age:
        return False
    return hmac.compare_digest(_signature(_key(secret), user_id, ts), sig.lower())
