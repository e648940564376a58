"""Credentials and their scopes: secret keys, publishable keys and session tokens.

* ``sk_…`` secret key in ``X-Schematic-Api-Key`` (or ``Authorization: ApiKey sk_…``):
  every operation except the session mint, where it is refused with 403.
* ``pk_…`` publishable key as ``Authorization: ApiKey pk_…``: only the session mint.
* ``Authorization: Bearer <token>`` from a mint: only operations whose security in
  openapi.yaml lists ``BearerAuth`` (flag checks, event ingestion); 401 once expired.

Missing or unknown credentials are 401; a valid credential outside its scope is 403.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from schematic_devserver.clock import isoformat
from schematic_devserver.store import Store
from schematic_ext._signing import verify_user_id

__all__ = ["SIGNATURE_MAX_AGE", "AuthError", "Authenticator", "Credential"]

SIGNATURE_MAX_AGE = 600.0
"""Largest clock skew (seconds) accepted between ``user_id_ts`` and now."""

SESSION_OPERATION = "createSession"


class AuthError(Exception):
    """A request refused for its credential: 401 (missing/bad) or 403 (out of scope)."""

    def __init__(self, status: int, message: str, credential_kind: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.credential_kind = credential_kind


@dataclass(frozen=True)
class Credential:
    """What a request authenticated as: ``secret``, ``publishable`` or ``session``."""

    kind: str
    token: str | None = None


class Authenticator:
    """Checks credentials against the configured keys and mints session tokens."""

    def __init__(
        self,
        store: Store,
        *,
        secret_key: str,
        publishable_key: str,
        hmac_secret: str | None,
        require_signed_user_id: bool,
        session_ttl: float,
    ) -> None:
        if require_signed_user_id and not hmac_secret:
            raise ValueError("require_signed_user_id needs an hmac_secret")
        if session_ttl <= 0:
            raise ValueError("session_ttl must be positive")
        self._store = store
        self.secret_key = secret_key
        self.publishable_key = publishable_key
        self.hmac_secret = hmac_secret
        self.require_signed_user_id = require_signed_user_id
        self.session_ttl = session_ttl
        self._sessions: dict[str, float] = {}
        self._lock = threading.Lock()

    def _api_key(self, key: str) -> Credential:
        """Classify an API key value."""
        if secrets.compare_digest(key.encode(), self.secret_key.encode()):
            return Credential("secret")
        if secrets.compare_digest(key.encode(), self.publishable_key.encode()):
            return Credential("publishable")
        raise AuthError(401, "invalid API key")

    def _session(self, token: str) -> Credential:
        """Check a bearer token: minted here and not expired."""
        with self._lock:
            expires_at = self._sessions.get(token)
        if expires_at is None:
            expires_at = self._store.session_expiry(token)
            if expires_at is None:
                raise AuthError(401, "invalid session token")
            with self._lock:
                self._sessions[token] = expires_at
        if time.time() >= expires_at:
            raise AuthError(401, "session token expired")
        return Credential("session", token)

    def authenticate(self, headers: Mapping[str, str]) -> Credential:
        """Identify the request's credential (401 when missing or unknown)."""
        api_key = headers.get("x-schematic-api-key")
        if api_key:
            return self._api_key(api_key)
        authorization = headers.get("authorization", "")
        scheme, _, value = authorization.partition(" ")
        value = value.strip()
        if scheme.lower() == "bearer" and value:
            return self._session(value)
        if scheme.lower() == "apikey" and value:
            return self._api_key(value)
        raise AuthError(401, "missing credentials: send X-Schematic-Api-Key or Authorization")

    def authorize(
        self, operation_id: str, security: tuple[str, ...], headers: Mapping[str, str]
    ) -> Credential:
        """Authenticate and check the credential's scope for the operation (403 outside it)."""
        credential = self.authenticate(headers)
        if operation_id == SESSION_OPERATION:
            if credential.kind != "publishable":
                raise AuthError(
                    403,
                    f"a {credential.kind} credential cannot mint sessions; use a pk_ key",
                    credential.kind,
                )
            return credential
        if credential.kind == "secret":
            return credential
        if credential.kind == "session" and "BearerAuth" in security:
            return credential
        raise AuthError(
            403, f"a {credential.kind} credential is not allowed on {operation_id}", credential.kind
        )

    def mint(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """Mint a session for the body's identity, checking a signed user id when required/given."""
        user_id = body.get("user_id")
        signature = body.get("user_id_sig")
        if user_id and (self.require_signed_user_id or (signature is not None and self.hmac_secret)):
            timestamp = body.get("user_id_ts")
            if signature is None or timestamp is None:
                raise AuthError(401, "user_id must be signed: user_id_sig and user_id_ts are required")
            assert self.hmac_secret is not None
            if not verify_user_id(self.hmac_secret, user_id, signature, timestamp, max_age=SIGNATURE_MAX_AGE):
                raise AuthError(401, "user_id_sig is invalid or stale")
        token = f"sess_{secrets.token_urlsafe(24)}"
        expires_at = time.time() + self.session_ttl
        self._store.add_session(token, user_id, body.get("anonymous_id"), expires_at)
        with self._lock:
            self._sessions[token] = expires_at
        return {"token": token, "expires_at": isoformat(expires_at)}
