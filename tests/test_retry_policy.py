"""The one retry decision (`RetryPolicy.retry_delay`) and the one ``Retry-After`` reader, and how the
session mint's back-off window is built from them."""

from __future__ import annotations

import time
from email.utils import formatdate
from typing import Any

import httpx
import pytest
from schematic_api.client import PreparedRequest

from schematic_ext import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    RetryPolicy,
    SessionAuth,
    TooManyRequestsError,
    UserContext,
)
from schematic_ext._errors import error_from_response
from schematic_ext._retry import read_retry_after

EXACT = RetryPolicy(initial_delay=1.0, max_delay=8.0, max_retry_after=60.0, jitter=0.0)


def failure(status: int | None, retry_after: str | None = None) -> ApiError:
    """The `ApiError` the base client builds from a response with `status` (None: a transport failure)."""
    if status is None:
        return ApiConnectionError("ConnectError talking to the Schematic API")
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    prepared = PreparedRequest(method="GET", path="/companies", operation="listCompanies")
    return error_from_response(httpx.Response(status, headers=headers), prepared)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 599])
def test_retryable_statuses_get_the_backoff(status: int) -> None:
    assert EXACT.retry_delay(failure(status), 0) == 1.0
    assert EXACT.retry_delay(failure(status), 2) == 4.0


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 413, 422, 499, 600])
def test_other_statuses_are_never_retried(status: int) -> None:
    assert EXACT.retry_delay(failure(status), 0) is None
    assert EXACT.retry_delay(failure(status, retry_after="1"), 0) is None  # a hint does not make it retryable


@pytest.mark.parametrize(
    "error", [failure(None), ApiTimeoutError("ReadTimeout talking to the Schematic API")]
)
def test_transport_failures_are_retried(error: ApiError) -> None:
    assert error.status_code is None
    assert EXACT.retry_delay(error, 1) == 2.0


def test_backoff_doubles_up_to_max_delay_with_jitter_below_it() -> None:
    assert [EXACT.retry_delay(failure(503), attempt) for attempt in range(6)] == [1, 2, 4, 8, 8, 8]
    jittered = RetryPolicy(initial_delay=1.0, max_delay=8.0, jitter=0.25)
    for attempt, full in enumerate([1.0, 2.0, 4.0, 8.0, 8.0]):
        delays = {jittered.retry_delay(failure(None), attempt) for _ in range(50)}
        assert all(delay is not None and 0.75 * full <= delay <= full for delay in delays)
        assert len(delays) > 1


def test_a_long_outage_never_overflows_the_doubling() -> None:
    assert EXACT.retry_delay(failure(503), 10_000) == 8.0


def test_retry_after_seconds_win_over_the_backoff_and_are_capped() -> None:
    assert EXACT.retry_delay(failure(429, "3"), 0) == 3.0
    assert EXACT.retry_delay(failure(503, "0.5"), 3) == 0.5  # the server's word, even below the backoff
    assert EXACT.retry_delay(failure(429, "0"), 2) == 0.0
    assert EXACT.retry_delay(failure(429, "3600"), 0) == 60.0  # max_retry_after
    assert RetryPolicy(max_retry_after=5.0).retry_delay(failure(503, "120"), 0) == 5.0


def test_retry_after_as_an_http_date() -> None:
    delay = EXACT.retry_delay(failure(429, formatdate(time.time() + 10, usegmt=True)), 0)
    assert delay is not None and 8.5 <= delay <= 10.0  # an HTTP date has one-second resolution
    assert EXACT.retry_delay(failure(503, formatdate(time.time() - 60, usegmt=True)), 0) == 0.0
    assert EXACT.retry_delay(failure(503, formatdate(time.time() + 3600, usegmt=True)), 0) == 60.0


@pytest.mark.parametrize("value", ["", "soon", "-5", "Wed, 99 Foo 2015 07:28:00 GMT"])
def test_an_unreadable_retry_after_falls_back_to_the_backoff(value: str) -> None:
    expected = 0.0 if value == "-5" else 2.0  # a negative delta means "now"
    assert EXACT.retry_delay(failure(503, value), 1) == expected


def test_read_retry_after_takes_any_headers_mapping() -> None:
    now = 1_000_000_000.0
    date = formatdate(now + 30, usegmt=True)
    assert read_retry_after(httpx.Headers({"RETRY-AFTER": " 7 "})) == 7.0
    assert read_retry_after({"retry-after": date}, now=now) == 30.0
    assert read_retry_after({}) is None
    assert read_retry_after(httpx.Headers({"Content-Type": "application/json"})) is None


def test_too_many_requests_reads_the_same_header() -> None:
    error = failure(429, "7")
    assert isinstance(error, TooManyRequestsError)
    assert error.headers["retry-after"] == "7"  # the error keeps the response's headers, lower-cased
    assert error.retry_after == 7.0 == EXACT.retry_delay(error, 0)


# -- the session mint's back-off window: the same reader, the mint's own schedule -----------------------


class MintServer:
    """A mock transport whose mint answers `status` (with an optional Retry-After); counts the mints."""

    def __init__(self, status: int, retry_after: str | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        self.mints = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.mints += 1
        headers = {} if self.retry_after is None else {"Retry-After": self.retry_after}
        return httpx.Response(self.status, json={"error": "no"}, headers=headers)


def mint_window(status: int, retry_after: str | None = None, failures: int = 1, **kw: Any) -> float:
    """How long (on the auth's clock) after the `failures`-th failed mint in a row the next one is held."""
    clock = [0.0]
    server = MintServer(status, retry_after)
    auth = SessionAuth("pk_test", UserContext, base_url="http://api.test", clock=lambda: clock[0], **kw)
    with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as http:

        def call() -> None:
            with pytest.raises(ApiError):
                http.get("http://api.test/companies")

        call()  # the first mint fails
        for _ in range(failures):
            failed_at, mints = clock[0], server.mints
            while server.mints == mints:  # calls fail fast until the window ends and one mints again
                clock[0] += 0.25
                call()
    return clock[0] - failed_at


def test_a_failed_mint_backs_off_on_its_own_schedule() -> None:
    assert mint_window(503) == 0.5
    assert mint_window(503, failures=3) == 2.0  # 0.5 doubling
    assert mint_window(401) == 0.5  # a refused key is held back too, though never retried
    assert mint_window(503, failures=4, mint_backoff=1.0, max_mint_backoff=3.0) == 3.0


def test_a_mints_retry_after_lengthens_the_window_up_to_max_mint_backoff() -> None:
    assert mint_window(429, "2") == 2.0
    assert mint_window(429, "0") == 0.5  # never shorter than the mint's own backoff
    assert mint_window(503, "600", max_mint_backoff=4.0) == 4.0
