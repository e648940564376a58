"""Offline mode: no socket ever, defaults with reason "offline", explicit calls raise OfflineError."""

from __future__ import annotations

import httpx
import pytest

from schematic_ext import CheckFlagOptions, OfflineError


class ForbiddenTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport that fails the test if anything is sent through it."""

    def __init__(self) -> None:
        self.used = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.used += 1
        pytest.fail(f"offline client sent {request.method} {request.url}")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.handle_request(request)
        raise AssertionError("unreachable")


@pytest.fixture
def transport() -> ForbiddenTransport:
    return ForbiddenTransport()


def http_client(flavor: str, transport: ForbiddenTransport) -> httpx.Client | httpx.AsyncClient:
    if flavor == "sync":
        return httpx.Client(transport=transport)
    return httpx.AsyncClient(transport=transport)


@pytest.mark.parametrize("key", ["", None, "anything"])
def test_offline_never_touches_the_network(server, make_client, flavor, transport, key, monkeypatch):
    monkeypatch.delenv("SCHEMATIC_API_KEY", raising=False)
    client = make_client(
        key,
        base_url=server.url,
        offline=True,
        http_client=http_client(flavor, transport),
        flag_defaults={"always-on": True},
    )
    result = client.check_flag_with_entitlement("always-on", company={"domain": "acme.test"})
    assert (result.value, result.reason) == (True, "offline")
    assert client.check_flag("sso", options=CheckFlagOptions(default_value=True)) is True
    assert client.check_flag("sso") is False
    assert [(r.flag, r.reason) for r in client.check_flags()] == [("always-on", "offline")]
    assert [r.value for r in client.check_flags(["sso", "always-on"])] == [False, True]
    with pytest.raises(OfflineError, match="offline"):
        client.companies.get_company(company_id="comp_x")
    with pytest.raises(OfflineError):
        client.features.check_flag(key="sso")
    assert transport.used == 0
    assert server.stats()["requests"] == {}


def test_offline_creates_no_http_client(make_client):
    client = make_client("", offline=True)
    client.check_flag("x")
    with pytest.raises(OfflineError):
        client.companies.list_companies()
    assert client.target._api._http is None
    assert client.target._flight.in_flight() == 0
