"""Bounded time and retries under injected faults: timeouts, the circuit breaker, 5xx, drops, 429."""

from __future__ import annotations

import time
from email.utils import formatdate

import pytest
from client_helpers import ACME
from schematic_devserver import DevServer

from schematic_ext import (
    ApiConnectionError,
    ApiTimeoutError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    TooManyRequestsError,
)


def requests(server: DevServer, operation: str = "checkFlag") -> int:
    count: int = server.stats()["requests"].get(operation, 0)
    return count


def timed(fn, *args, **kwargs):
    start = time.monotonic()
    value = fn(*args, **kwargs)
    return value, time.monotonic() - start


def test_a_slow_api_costs_at_most_the_flag_check_timeout(server, make_client):
    client = make_client(base_url=server.url, flag_check_timeout=0.3)
    server.faults.add("POST", "/flags/*", latency=1.5, count=None)
    result, elapsed = timed(client.check_flag_with_entitlement, "always-on", company=ACME)
    assert 0.25 <= elapsed < 1.5
    assert (result.value, result.reason) == (False, "default value (timed out after 0.3s)")


def test_per_call_timeout_overrides_the_client_setting(server, make_client):
    from schematic_ext import CheckFlagOptions

    client = make_client(base_url=server.url, flag_check_timeout=1.0)
    server.faults.add("POST", "/flags/*", latency=1.5, count=1)
    result, elapsed = timed(
        client.check_flag_with_entitlement,
        "always-on",
        options=CheckFlagOptions(default_value=True, timeout=0.2),
    )
    assert elapsed < 0.8
    assert (result.value, result.error) == (True, "timed out after 0.2s")


def test_breaker_opens_stops_calling_and_probes_after_cooldown(server, make_client):
    client = make_client(
        base_url=server.url, circuit_breaker_threshold=3, circuit_breaker_cooldown=0.5, flag_check_timeout=0.5
    )
    server.faults.add("POST", "/flags/*", status=503, count=None)
    for _ in range(3):
        client.check_flag("always-on", company=ACME)
    assert requests(server) == 3
    assert client.target._flags.breaker.state == "open"
    for _ in range(100):
        result = client.check_flag_with_entitlement("always-on", company=ACME)
    assert requests(server) == 3  # no network call while open
    assert result.reason == "default value (circuit open)"
    time.sleep(0.6)
    server.faults.clear()
    assert client.check_flag("always-on", company=ACME) is True  # the half-open probe succeeds
    assert requests(server) == 4
    assert client.target._flags.breaker.state == "closed"


def test_a_failed_probe_reopens_the_circuit(server, make_client):
    client = make_client(base_url=server.url, circuit_breaker_threshold=2, circuit_breaker_cooldown=0.3)
    server.faults.add("POST", "/flags/*", drop=True, count=None)
    for _ in range(2):
        client.check_flag("always-on")
    assert client.target._flags.breaker.state == "open"
    time.sleep(0.35)
    client.check_flag("always-on")  # the probe fails
    assert requests(server) == 3
    assert client.target._flags.breaker.state == "open"
    client.check_flag("always-on")
    assert requests(server) == 3


def test_breaker_open_answers_from_stale_values(server, make_client):
    from schematic_ext import LocalCache

    client = make_client(
        base_url=server.url, cache_providers=[LocalCache(10, 20)], circuit_breaker_threshold=1
    )
    assert client.check_flag("sso", company=ACME) is True
    time.sleep(0.03)
    server.faults.add("POST", "/flags/*", status=502, count=None)
    client.check_flag("sso", company=ACME)
    result = client.check_flag_with_entitlement("sso", company=ACME)
    assert (result.value, result.reason) == (True, "stale value (circuit open)")
    assert requests(server) == 2


def test_flag_checks_are_not_retried(server, make_client):
    client = make_client(base_url=server.url, max_retries=5)
    server.faults.add("POST", "/flags/*", status=503, count=1)
    assert client.check_flag_with_entitlement("always-on").error == "API error (HTTP 503)"
    assert requests(server) == 1


# -- explicit API calls: retries and timeouts live in the base client, once for every operation


def test_5xx_and_dropped_connections_are_retried(server, make_client):
    client = make_client(base_url=server.url)
    server.faults.add("GET", "/companies/*", status=503, count=1)
    server.faults.add("GET", "/companies/*", drop=True, count=1)
    company = client.companies.upsert_company(keys={"domain": "x.test"}, name="X")
    server.reset_stats()
    assert client.companies.get_company(company_id=company.data.id).data.name == "X"
    assert requests(server, "getCompany") == 3


def test_max_retries_per_client_and_per_request(server, make_client):
    client = make_client(base_url=server.url, max_retries=0)
    server.faults.add("GET", "/companies/*", status=500, count=None)
    with pytest.raises(InternalServerError):
        client.companies.get_company(company_id="comp_x")
    assert requests(server, "getCompany") == 1
    with pytest.raises(InternalServerError) as caught:
        client.companies.get_company(company_id="comp_x", request_options={"max_retries": 2})
    assert requests(server, "getCompany") == 4
    assert caught.value.status_code == 500


@pytest.mark.parametrize(("status", "error"), [(400, BadRequestError), (404, NotFoundError)])
def test_other_4xx_are_never_retried(server, make_client, status, error):
    client = make_client(base_url=server.url, max_retries=3)
    server.faults.add("GET", "/companies/*", status=status, count=None)
    with pytest.raises(error):
        client.companies.get_company(company_id="comp_x")
    assert requests(server, "getCompany") == 1


@pytest.mark.parametrize("header", ["1", "date"])
def test_429_waits_for_retry_after(server, make_client, header):
    client = make_client(base_url=server.url)
    retry_after = formatdate(time.time() + 2, usegmt=True) if header == "date" else header
    server.faults.add("GET", "/companies/*", status=429, retry_after=retry_after, count=1)
    company = client.companies.upsert_company(keys={"domain": "y.test"}, name="Y")
    _, elapsed = timed(client.companies.get_company, company_id=company.data.id)
    assert elapsed >= 0.9  # an HTTP date has one-second resolution
    assert requests(server, "getCompany") == 2


def test_429_without_retries_raises_with_the_hint(server, make_client):
    client = make_client(base_url=server.url, max_retries=0)
    server.faults.add("GET", "/companies/*", status=429, retry_after=7, count=1)
    with pytest.raises(TooManyRequestsError) as caught:
        client.companies.get_company(company_id="comp_x")
    assert caught.value.retry_after == 7


def test_request_timeout_per_call(server, make_client):
    client = make_client(base_url=server.url, timeout=30.0, max_retries=0)
    server.faults.add("GET", "/companies/*", latency=1.5, count=1)
    with pytest.raises(ApiTimeoutError):
        timed(client.companies.get_company, company_id="comp_x", request_options={"timeout_in_seconds": 0.3})
    server.faults.add("GET", "/companies/*", latency=1.5, count=1)
    start = time.monotonic()
    with pytest.raises(ApiConnectionError):
        client.companies.get_company(company_id="comp_x", request_options={"timeout_in_seconds": 0.3})
    assert time.monotonic() - start < 1.5


def test_client_timeout_applies_to_every_call(server, make_client):
    client = make_client(base_url=server.url, timeout=0.3, max_retries=1)
    server.faults.add("GET", "/companies/*", latency=1.5, count=None)
    start = time.monotonic()
    with pytest.raises(ApiTimeoutError):
        client.companies.get_company(company_id="comp_x")
    assert time.monotonic() - start < 2.5  # two attempts of 0.3 s and one backoff
    assert requests(server, "getCompany") == 2
