"""Webhook signatures: Schematic's scheme, the official helpers' surface, and the replay window."""

from __future__ import annotations

import hashlib
import hmac
import io
import time
from typing import Any

import pytest
from werkzeug.wrappers import Request

from schematic_ext.webhook_utils import (
    WEBHOOK_SIGNATURE_HEADER,
    WEBHOOK_TIMESTAMP_HEADER,
    WebhookSignatureError,
    compute_hex_signature,
    compute_signature,
    verify_signature,
    verify_webhook_signature,
)

SECRET = "whsec_test"
BODY = b'{"type":"company.updated","data":{"id":"comp_1"}}'


def signed(body: bytes = BODY, timestamp: str | None = None, secret: str = SECRET) -> tuple[str, str]:
    timestamp = timestamp or str(int(time.time()))
    return compute_hex_signature(body, timestamp, secret), timestamp


def test_the_signature_is_hmac_sha256_of_body_plus_timestamp() -> None:
    expected = hmac.new(SECRET.encode(), BODY + b"+1700000000", hashlib.sha256)
    assert compute_signature(BODY, "1700000000", SECRET) == expected.digest()
    assert compute_hex_signature(BODY.decode(), "1700000000", SECRET) == expected.hexdigest()


def test_a_fresh_signed_body_verifies() -> None:
    signature, timestamp = signed()
    verify_signature(BODY, signature, timestamp, SECRET)
    verify_signature(BODY.decode(), signature.upper(), timestamp, SECRET)


@pytest.mark.parametrize(
    ("body", "secret", "why"),
    [(BODY + b" ", SECRET, "Invalid signature"), (BODY, "whsec_other", "Invalid signature")],
)
def test_a_tampered_body_or_another_secret_is_refused(body: bytes, secret: str, why: str) -> None:
    signature, timestamp = signed(secret=secret)
    with pytest.raises(WebhookSignatureError, match=why):
        verify_signature(body, signature, timestamp, SECRET)


def test_a_changed_timestamp_breaks_the_signature() -> None:
    signature, timestamp = signed()
    with pytest.raises(WebhookSignatureError, match="Invalid signature"):
        verify_signature(BODY, signature, str(int(timestamp) + 1), SECRET)


def test_a_stale_or_future_timestamp_is_refused_unless_the_window_is_off() -> None:
    old = str(int(time.time()) - 301)
    signature, _ = signed(timestamp=old)
    with pytest.raises(WebhookSignatureError, match="old"):
        verify_signature(BODY, signature, old, SECRET)
    verify_signature(BODY, signature, old, SECRET, tolerance=600)
    verify_signature(BODY, signature, old, SECRET, tolerance=None)  # the official helpers' behaviour
    future = str(int(time.time()) + 400)
    signature, _ = signed(timestamp=future)
    with pytest.raises(WebhookSignatureError, match="future"):
        verify_signature(BODY, signature, future, SECRET)


@pytest.mark.parametrize(
    ("signature", "timestamp", "why"),
    [("", "1", "Missing webhook signature"), ("ab", "", "Missing webhook timestamp"), ("zz", "1", "format")],
)
def test_missing_or_malformed_headers(signature: str, timestamp: str, why: str) -> None:
    with pytest.raises(WebhookSignatureError, match=why):
        verify_signature(BODY, signature, timestamp, SECRET)


def test_a_non_numeric_timestamp_fails_the_window_check() -> None:
    signature, _ = signed(timestamp="yesterday")
    with pytest.raises(WebhookSignatureError, match="unix seconds"):
        verify_signature(BODY, signature, "yesterday", SECRET)
    verify_signature(BODY, signature, "yesterday", SECRET, tolerance=None)


def test_bad_arguments_name_themselves() -> None:
    with pytest.raises(ValueError, match="tolerance"):
        verify_signature(BODY, "ab", "1", SECRET, tolerance=-1)
    with pytest.raises(ValueError, match="secret"):
        verify_signature(BODY, "ab", "1", "")
    with pytest.raises(TypeError, match="body"):
        compute_signature(42, "1", SECRET)  # type: ignore[arg-type]


def werkzeug_request(body: bytes, headers: dict[str, str]) -> Request:
    environ = {
        "REQUEST_METHOD": "POST",
        "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)),
        **{"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()},
    }
    return Request(environ)


def test_flask_and_werkzeug_requests() -> None:
    signature, timestamp = signed()
    headers = {WEBHOOK_SIGNATURE_HEADER: signature, WEBHOOK_TIMESTAMP_HEADER: timestamp}
    verify_webhook_signature(werkzeug_request(BODY, headers), SECRET)
    with pytest.raises(WebhookSignatureError):
        verify_webhook_signature(werkzeug_request(BODY + b"x", headers), SECRET)


class DjangoLike:
    """Django's HttpRequest as the helper sees it: headers in META, the raw body in .body."""

    def __init__(self, body: bytes, headers: dict[str, str]) -> None:
        self.body = body
        self.META = {"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()}


class StarletteLike:
    """Starlette's Request: case-insensitive headers, and an async body() that caches into _body."""

    def __init__(self, body: bytes, headers: dict[str, str]) -> None:
        self.headers = {name.lower(): value for name, value in headers.items()}
        self._raw = body

    async def body(self) -> bytes:
        self._body = self._raw
        return self._raw


def test_django_requests_and_dict_like_headers() -> None:
    signature, timestamp = signed()
    headers = {WEBHOOK_SIGNATURE_HEADER: signature, WEBHOOK_TIMESTAMP_HEADER: timestamp}
    verify_webhook_signature(DjangoLike(BODY, headers), SECRET)
    verify_webhook_signature(headers, SECRET, body=BODY)
    verify_webhook_signature({k.lower(): v for k, v in headers.items()}, SECRET, body=BODY)


async def test_starlette_requests_need_the_body_read_first() -> None:
    signature, timestamp = signed()
    request = StarletteLike(BODY, {WEBHOOK_SIGNATURE_HEADER: signature, WEBHOOK_TIMESTAMP_HEADER: timestamp})
    with pytest.raises(WebhookSignatureError, match=r"await request\.body"):
        verify_webhook_signature(request, SECRET)
    verify_webhook_signature(request, SECRET, await request.body())
    verify_webhook_signature(request, SECRET)  # read once: the cached body is used


def test_a_request_without_headers_is_refused() -> None:
    request: Any = object()
    with pytest.raises(WebhookSignatureError, match="Missing webhook signature"):
        verify_webhook_signature(request, SECRET, body=BODY)
