"""Every operation of the spec without a handler answers 501, after auth and request validation."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer, operations
from schematic_devserver.spec import Operation, load_spec
from schematic_devserver.testing import server_factory

SPEC = load_spec()
UNIMPLEMENTED = sorted(op for op in SPEC.operations if op not in operations.HANDLERS)
_STRING_FORMATS = {
    "date-time": "2024-05-15T12:00:00Z",
    "date": "2024-05-15",
    "email": "ada@acme.test",
    "uri": "https://acme.test",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def minimal(schema: Any) -> Any:
    """The smallest instance of a converted JSON schema: required properties only, empty values."""
    if not isinstance(schema, Mapping):
        return None
    for union in ("anyOf", "oneOf"):
        if union in schema:
            return minimal(next(s for s in schema[union] if s.get("type") != "null"))
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for member in schema["allOf"]:
            value = minimal(member)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return merged
    if schema.get("enum"):
        return next(value for value in schema["enum"] if value is not None)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        return {name: minimal(properties.get(name, {})) for name in schema.get("required", ())}
    if kind == "array":
        return [minimal(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        return _STRING_FORMATS.get(schema.get("format", ""), "x" * max(1, schema.get("minLength", 1)))
    if kind in ("integer", "number"):
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return False
    return None


def valid_request(operation: Operation) -> dict[str, Any]:
    """httpx request arguments of a request the operation's contract accepts."""
    path = "/".join("x" if part.startswith("{") else part for part in operation.path.split("/"))
    params = {p.name: minimal(p.schema) for p in operation.parameters if p.location == "query" and p.required}
    request: dict[str, Any] = {"method": operation.method, "url": path, "params": params}
    if operation.body_validator is not None:
        schema = SPEC.schemas.convert(operation.raw["requestBody"])["content"]["application/json"]["schema"]
        body = minimal(schema)
        assert operation.body_validator.is_valid(body), (operation.operation_id, body)
        request["json"] = body
    return request


@pytest.fixture(scope="module")
def shared_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """One devserver for every operation's request (they change no data)."""
    with server_factory(Path(tmp_path_factory.mktemp("not-implemented"))) as start:
        server = start()
        with httpx.Client(base_url=server.url, headers={"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}) as client:
            yield client


def test_the_spec_has_unimplemented_operations_to_check() -> None:
    assert len(UNIMPLEMENTED) > 100
    assert "countCompanies" not in UNIMPLEMENTED


@pytest.mark.parametrize("operation_id", UNIMPLEMENTED)
def test_unimplemented_operation_answers_501(shared_api: httpx.Client, operation_id: str) -> None:
    response = shared_api.request(**valid_request(SPEC.operations[operation_id]))
    assert response.status_code == 501, response.text
    assert response.json() == {"error": f"{operation_id} is not implemented by the devserver"}


def test_501_comes_after_auth_and_validation(devserver: DevServer, api: httpx.Client) -> None:
    operation = SPEC.operations["createCatalog"]
    request = valid_request(operation)
    assert httpx.request(**{**request, "url": devserver.url + request["url"]}).status_code == 401
    invalid = api.request(operation.method, operation.path, json={"name": 5})
    assert invalid.status_code == 400
    assert api.request(**request).status_code == 501
    assert devserver.stats()["not_implemented"] == 1
    assert devserver.stats()["requests"]["createCatalog"] == 3
