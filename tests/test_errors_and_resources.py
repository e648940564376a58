"""Every failure of an explicit call is an `ApiError` with the right subclass, status code, body and
headers (against the devserver); tests/test_operations.py checks that every operation is reachable."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import schematic_ext
from schematic_ext import _errors as errors

ROOT = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())


def test_every_exported_error_is_an_api_error() -> None:
    exported = [getattr(errors, name) for name in errors.__all__]
    assert exported and all(issubclass(cls, schematic_ext.ApiError) for cls in exported)
    assert schematic_ext.core.ApiError is schematic_ext.ApiError


def client(srv: Any, key: str, **kw: Any) -> schematic_ext.Schematic:
    return schematic_ext.Schematic(key, base_url=srv.url, max_retries=0, **kw)


def test_real_api_failures(devserver: Any, secret_key: str) -> None:
    sdk = client(devserver, secret_key)
    with pytest.raises(schematic_ext.NotFoundError) as not_found:
        sdk.companies.get_company(company_id="no-such-company")
    assert not_found.value.status_code == 404 and isinstance(not_found.value.body["error"], str)
    assert not_found.value.headers["content-type"].startswith("application/json")

    with pytest.raises(schematic_ext.BadRequestError) as bad:
        sdk.companies.upsert_company(keys="not-a-map")  # type: ignore[arg-type]
    assert bad.value.status_code == 400 and "keys" in bad.value.body["error"]

    with pytest.raises(schematic_ext.UnauthorizedError) as unauthorized:
        client(devserver, "sk_wrong").companies.list_companies()
    assert unauthorized.value.status_code == 401
    assert "sk_wrong" not in str(unauthorized.value) and "sk_wrong" not in repr(unauthorized.value)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, schematic_ext.BadRequestError),
        (401, schematic_ext.UnauthorizedError),
        (403, schematic_ext.ForbiddenError),
        (404, schematic_ext.NotFoundError),
        (409, schematic_ext.ConflictError),
        (422, schematic_ext.UnprocessableEntityError),
        (429, schematic_ext.TooManyRequestsError),
        (500, schematic_ext.InternalServerError),
        (502, schematic_ext.InternalServerError),
        (503, schematic_ext.InternalServerError),
    ],
)
def test_each_status_has_its_subclass(devserver: Any, secret_key: str, status: int, cls: type) -> None:
    devserver.faults.add(method="GET", path="/companies", status=status, count=1)
    with pytest.raises(cls) as caught:
        client(devserver, secret_key).companies.list_companies()
    assert caught.value.status_code == status
    assert caught.value.body == {"error": "injected fault"}


def test_transport_failures_have_no_status(devserver: Any, secret_key: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        free_port = sock.getsockname()[1]
    refused = schematic_ext.Schematic(secret_key, base_url=f"http://127.0.0.1:{free_port}", max_retries=0)
    with pytest.raises(schematic_ext.ApiConnectionError) as conn:
        refused.companies.list_companies()
    assert conn.value.status_code is None

    devserver.faults.add(method="GET", path="/companies", drop=True, count=1)
    with pytest.raises(schematic_ext.ApiConnectionError):
        client(devserver, secret_key).companies.list_companies()

    devserver.faults.add(method="GET", path="/companies", latency=2.0, count=1)
    with pytest.raises(schematic_ext.ApiTimeoutError) as timeout:
        client(devserver, secret_key).companies.list_companies(request_options={"timeout_in_seconds": 0.3})
    assert timeout.value.status_code is None and isinstance(timeout.value, schematic_ext.ApiError)


def test_async_failures_are_the_same_errors(devserver: Any, secret_key: str) -> None:
    async def scenario() -> None:
        async with schematic_ext.AsyncSchematic(secret_key, base_url=devserver.url, max_retries=0) as sdk:
            with pytest.raises(schematic_ext.NotFoundError):
                await sdk.companies.get_company(company_id="nope")
            devserver.faults.add(method="GET", path="/companies", status=503, count=1)
            with pytest.raises(schematic_ext.InternalServerError):
                await sdk.companies.list_companies()

    asyncio.run(scenario())


def test_typed_round_trip(devserver: Any, secret_key: str) -> None:
    from schematic_ext.models import CompanyDetailResponseData, UpsertCompanyResponse

    sdk = client(devserver, secret_key)
    upserted = sdk.companies.upsert_company(keys={"id": "acme"}, name="Acme", traits={"seats": 5})
    assert isinstance(upserted, UpsertCompanyResponse)
    assert isinstance(upserted.data, CompanyDetailResponseData) and upserted.data.name == "Acme"
    found = sdk.companies.lookup_company(keys={"id": "acme"})
    assert found.data.id == upserted.data.id
    fetched = sdk.companies.get_company(company_id=upserted.data.id)
    assert fetched.data.created_at.tzinfo is not None


# -- every error names the call that failed: operation, method and path, never a key or the query --------


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def failure_of(flavor: str, key: str, base_url: str, call: Any, **kw: Any) -> schematic_ext.ApiError:
    """The `ApiError` that `call(sdk)` raises on a `Schematic` or (awaited) an `AsyncSchematic`."""
    if flavor == "sync":
        with (
            schematic_ext.Schematic(key, base_url=base_url, max_retries=0, **kw) as sdk,
            pytest.raises(schematic_ext.ApiError) as caught,
        ):
            call(sdk)
        return caught.value

    async def scenario() -> schematic_ext.ApiError:
        async with schematic_ext.AsyncSchematic(key, base_url=base_url, max_retries=0, **kw) as sdk:
            with pytest.raises(schematic_ext.ApiError) as caught:
                await call(sdk)
        return caught.value

    return asyncio.run(scenario())


def assert_names_the_call(error: schematic_ext.ApiError, operation: str, method: str, path: str) -> None:
    assert (error.operation, error.method, error.path) == (operation, method, path)
    assert str(error).startswith(f"{operation} {method} {path}: ")
    assert f"operation={operation!r}, method={method!r}, path={path!r}" in repr(error)


@pytest.mark.parametrize("flavor", ["sync", "async"])
def test_a_404_names_the_call(devserver: Any, secret_key: str, flavor: str) -> None:
    error = failure_of(
        flavor, secret_key, devserver.url, lambda sdk: sdk.companies.get_company(company_id="c_1")
    )
    assert isinstance(error, schematic_ext.NotFoundError)
    assert_names_the_call(error, "getCompany", "GET", "/companies/c_1")
    assert str(error).startswith("getCompany GET /companies/c_1: HTTP 404: ")


@pytest.mark.parametrize("flavor", ["sync", "async"])
def test_a_401_names_the_call_but_never_the_key_or_the_query(devserver: Any, flavor: str) -> None:
    wrong = "sk_wrong_but_secret_0123456789"
    error = failure_of(flavor, wrong, devserver.url, lambda sdk: sdk.companies.list_companies(q="private-q"))
    assert isinstance(error, schematic_ext.UnauthorizedError)
    assert_names_the_call(error, "listCompanies", "GET", "/companies")
    for text in (str(error), repr(error)):
        assert wrong not in text and "private-q" not in text


@pytest.mark.parametrize("flavor", ["sync", "async"])
def test_a_connection_error_names_the_call(secret_key: str, flavor: str) -> None:
    error = failure_of(flavor, secret_key, closed_port_url(), lambda sdk: sdk.companies.list_companies())
    assert type(error) is schematic_ext.ApiConnectionError and error.status_code is None
    assert_names_the_call(error, "listCompanies", "GET", "/companies")
    assert "ConnectError talking to the Schematic API" in str(error)
    assert isinstance(error.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("flavor", ["sync", "async"])
def test_a_timeout_names_the_call(devserver: Any, secret_key: str, flavor: str) -> None:
    devserver.faults.add(method="POST", path="/companies", latency=2.0, count=1)
    error = failure_of(
        flavor,
        secret_key,
        devserver.url,
        lambda sdk: sdk.companies.upsert_company(
            keys={"id": "acme"}, request_options={"timeout_in_seconds": 0.3}
        ),
    )
    assert isinstance(error, schematic_ext.ApiTimeoutError)
    assert_names_the_call(error, "upsertCompany", "POST", "/companies")


@pytest.mark.parametrize("flavor", ["sync", "async"])
def test_offline_and_validation_errors_name_the_call(secret_key: str, flavor: str) -> None:
    offline = failure_of(
        flavor, secret_key, "http://api.test", lambda sdk: sdk.companies.list_companies(), offline=True
    )
    assert isinstance(offline, schematic_ext.OfflineError)
    assert_names_the_call(offline, "listCompanies", "GET", "/companies")

    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"data": "not a company"}))
    own = httpx.Client(transport=transport) if flavor == "sync" else httpx.AsyncClient(transport=transport)
    invalid = failure_of(
        flavor,
        secret_key,
        "http://api.test",
        lambda sdk: sdk.companies.get_company(company_id="c_1"),
        http_client=own,
    )
    assert isinstance(invalid, schematic_ext.ResponseValidationError)
    assert_names_the_call(invalid, "getCompany", "GET", "/companies/c_1")


def test_errors_not_about_one_call_keep_their_message() -> None:
    error = schematic_ext.ApiError("something broke", status_code=500)
    assert (error.operation, error.method, error.path) == (None, None, None)
    assert str(error) == "something broke"
    copied = type(error)(*error.args, status_code=500, operation="getCompany", method="GET", path="/c")
    assert str(copied) == "getCompany GET /c: something broke"
