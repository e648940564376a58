"""Verify the webhooks Schematic sends: ``schematic.webhook_utils``'s helpers, plus a replay window.

Schematic signs each webhook with ``X-Schematic-Webhook-Signature`` = hex(HMAC-SHA256(secret,
body + b"+" + timestamp)) and ``X-Schematic-Webhook-Timestamp`` (unix seconds). Signatures are compared
in constant time. Unlike the official helpers, verification also refuses a timestamp older (or newer)
than `tolerance` seconds, so a captured request cannot be replayed later; ``tolerance=None`` turns
that off.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import time
from typing import Any

from ._validators import non_negative_number, optional

__all__ = [
    "DEFAULT_TOLERANCE",
    "WEBHOOK_SIGNATURE_HEADER",
    "WEBHOOK_TIMESTAMP_HEADER",
    "WebhookSignatureError",
    "compute_hex_signature",
    "compute_signature",
    "verify_signature",
    "verify_webhook_signature",
]

WEBHOOK_SIGNATURE_HEADER = "X-Schematic-Webhook-Signature"
WEBHOOK_TIMESTAMP_HEADER = "X-Schematic-Webhook-Timestamp"
DEFAULT_TOLERANCE = 300.0
"""Seconds a webhook's timestamp may differ from the local clock (5 minutes)."""


class WebhookSignatureError(Exception):
    """The webhook is not from Schematic: a missing, malformed or wrong signature, or a stale timestamp."""


def _bytes(value: str | bytes | bytearray, name: str) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError(f"{name} must be str or bytes, got {type(value).__name__}")


def compute_signature(body: str | bytes, timestamp: str, secret: str) -> bytes:
    """The raw HMAC-SHA256 of ``body + b"+" + timestamp`` under the webhook's `secret`."""
    message = _bytes(body, "body") + b"+" + _bytes(timestamp, "timestamp")
    return hmac.new(_bytes(secret, "secret"), message, hashlib.sha256).digest()


def compute_hex_signature(body: str | bytes, timestamp: str, secret: str) -> str:
    """`compute_signature` as the hex string Schematic sends in ``X-Schematic-Webhook-Signature``."""
    return compute_signature(body, timestamp, secret).hex()


def verify_signature(
    body: str | bytes,
    signature: str,
    timestamp: str,
    secret: str,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise `WebhookSignatureError` unless `signature` signs `body` and `timestamp` with `secret`.

    With a `tolerance`, the timestamp must also be within that many seconds of `now` (default: the
    local clock). The signature covers the timestamp, so it is checked first, then the age.
    """
    tolerance = optional(non_negative_number)(tolerance, "tolerance")
    if not secret:
        raise ValueError("secret must be the webhook's signing secret, got an empty value")
    if not signature:
        raise WebhookSignatureError("Missing webhook signature")
    if not timestamp:
        raise WebhookSignatureError("Missing webhook timestamp")
    try:
        actual = bytes.fromhex(signature)
    except (TypeError, ValueError):
        raise WebhookSignatureError("Invalid signature format") from None
    if not hmac.compare_digest(compute_signature(body, timestamp, secret), actual):
        raise WebhookSignatureError("Invalid signature")
    if tolerance is None:
        return
    try:
        sent = float(timestamp)
    except ValueError:
        raise WebhookSignatureError(
            f"Invalid webhook timestamp {timestamp!r}: expected unix seconds"
        ) from None
    age = (time.time() if now is None else now) - sent
    if abs(age) > tolerance:
        raise WebhookSignatureError(
            f"Webhook timestamp is {abs(age):.0f}s {'old' if age > 0 else 'in the future'}; "
            f"more than the {tolerance:g}s tolerance (a replay?)"
        )


def verify_webhook_signature(
    request: Any,
    secret: str,
    body: str | bytes | None = None,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
) -> None:
    """Verify a framework's request: Flask/Werkzeug, Django, Starlette/FastAPI, or a dict-like of headers.

    Pass `body` (the raw bytes) where the framework cannot give it synchronously: in a Starlette or
    FastAPI route, ``verify_webhook_signature(request, secret, await request.body())``.
    """
    signature = _header(request, WEBHOOK_SIGNATURE_HEADER)
    timestamp = _header(request, WEBHOOK_TIMESTAMP_HEADER)
    verify_signature(
        _body(request) if body is None else body, signature, timestamp, secret, tolerance=tolerance
    )


def _header(request: Any, name: str) -> str:
    """A header by name from a request object (``.headers`` or Django's ``.META``) or a mapping."""
    headers = getattr(request, "headers", None)
    if headers is not None and callable(getattr(headers, "get", None)):
        value = headers.get(name) or headers.get(name.lower())
        return str(value) if value else ""
    meta = getattr(request, "META", None)
    if isinstance(meta, dict):
        return str(meta.get("HTTP_" + name.upper().replace("-", "_"), ""))
    if callable(getattr(request, "get", None)):
        for key in (name, name.lower()):
            value = request.get(key)
            if value:
                return str(value)
    return ""


def _body(request: Any) -> bytes:
    """The raw body of a request object; a Starlette request must have been read (or pass `body`)."""
    get_data = getattr(request, "get_data", None)
    if callable(get_data):  # Flask / Werkzeug
        return _bytes(get_data(), "body")
    body = getattr(request, "body", None)
    if isinstance(body, (bytes, bytearray, str)):  # Django
        return _bytes(body, "body")
    cached = getattr(request, "_body", None)
    if isinstance(cached, (bytes, bytearray)):  # Starlette, once `await request.body()` has run
        return bytes(cached)
    if inspect.iscoroutinefunction(body):
        raise WebhookSignatureError(
            "an async request's body must be read first: pass body=await request.body()"
        )
    for name in ("data", "content", "raw_body"):
        value = getattr(request, name, None)
        if isinstance(value, (bytes, bytearray, str)):
            return _bytes(value, "body")
    raise WebhookSignatureError("could not read the request body; pass it as body=")
