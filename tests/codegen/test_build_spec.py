"""openapi.yaml is what codegen/build_spec.py builds from the public description's structure and our overlay,
and it keeps every operation and schema of that description as it is."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "codegen"))
try:
    import build_spec
finally:
    sys.path.pop(0)

FACTS_MISSING = not build_spec.FACTS.is_file()
needs_facts = pytest.mark.skipif(
    FACTS_MISSING, reason=f"the public description's structure is not here ({build_spec.FACTS})"
)


@pytest.fixture(scope="module")
def facts() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(build_spec.FACTS.read_text())
    return data


@pytest.fixture(scope="module")
def overlay() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(build_spec.OVERLAY.read_text())
    return data


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    return data


@needs_facts
def test_openapi_yaml_is_what_the_facts_and_the_overlay_build() -> None:
    assert (ROOT / "openapi.yaml").read_text() == build_spec.build_text(), (
        "openapi.yaml is stale or edited by hand: edit codegen/spec_overlay.yaml and run "
        "`python codegen/build_spec.py` (make spec-build)"
    )


@needs_facts
def test_every_public_operation_is_in_the_spec_as_described(
    facts: dict[str, Any], spec: dict[str, Any]
) -> None:
    for raw in facts["operations"]:
        operation = spec["paths"][raw["path"]][raw["method"].lower()]
        assert operation["operationId"] == raw["operationId"]
        assert operation["tags"] == raw["tags"]
        assert operation["summary"], raw["operationId"]
        ours = [(p["name"], p["in"], p["required"], p["schema"]) for p in operation.get("parameters", [])]
        assert ours == [(p["name"], p["in"], p["required"], p["schema"]) for p in raw["parameters"]]
        if "requestBody" in raw:
            content = operation["requestBody"]["content"]
            assert {media: c["schema"] for media, c in content.items()} == raw["requestBody"]["content"]
        assert set(raw["responses"]) <= set(operation["responses"])


@needs_facts
def test_every_public_schema_keeps_its_name_fields_and_types(
    facts: dict[str, Any], overlay: dict[str, Any], spec: dict[str, Any]
) -> None:
    schemas = spec["components"]["schemas"]
    added = overlay.get("response_additions", {})
    relaxed = overlay.get("optional_until_devserver_renders", {})
    for name, raw in facts["schemas"].items():
        ours = schemas[name]
        for key in ("type", "enum", "oneOf", "allOf", "additionalProperties", "discriminator"):
            assert ours.get(key) == raw.get(key), f"{name}.{key}"
        for field, schema in raw.get("properties", {}).items():
            assert {k: v for k, v in ours["properties"][field].items() if k != "description"} == schema
        assert set(ours.get("properties", {})) - set(raw.get("properties", {})) == set(added.get(name, {}))
        assert set(raw.get("required", [])) - set(ours.get("required", [])) == set(relaxed.get(name, []))


@needs_facts
def test_our_own_operations_and_security_are_kept(spec: dict[str, Any]) -> None:
    session = spec["paths"]["/api/auth/session/"]["post"]
    assert (session["operationId"], session["tags"], session["security"]) == (
        "createSession",
        ["session"],
        [{"PublishableKeyAuth": []}],
    )
    assert spec["paths"]["/batch"]["post"]["operationId"] == "captureEventBatch"
    bearer = [{"ApiKeyAuth": []}, {"BearerAuth": []}]
    for path, method in [
        ("/flags/{key}/check", "post"),
        ("/flags/check", "post"),
        ("/flags/check-bulk", "post"),
        ("/events", "post"),
        ("/event-batch", "post"),
    ]:
        assert spec["paths"][path][method]["security"] == bearer, path
    lookup = spec["paths"]["/companies/lookup"]["get"]["parameters"][0]
    assert (lookup["name"], lookup["style"], lookup["explode"]) == ("keys", "deepObject", True)


def test_summaries_derived_from_operation_ids_read_as_sentences() -> None:
    assert build_spec.derived_summary("countAccountMembers") == "Count account members"
    assert build_spec.derived_summary("getWhoAmI") == "Get who am I"
    assert (
        build_spec.derived_summary("deletePaymentMethodByExternalID")
        == "Delete payment method by external ID"
    )


def test_envelopes_are_named_after_their_operation() -> None:
    facts = {
        "tags": ["widgets"],
        "servers": ["https://x.test"],
        "security": [{"ApiKeyAuth": []}],
        "securitySchemes": {"ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "responses": {},
        "schemas": {"Widget": {"type": "object", "properties": {"id": {"type": "string"}}}},
        "operations": [
            {
                "operationId": "listWidgets",
                "method": "GET",
                "path": "/widgets",
                "tags": ["widgets"],
                "parameters": [
                    {"name": "ids", "in": "query", "required": False, "schema": {"type": "array"}}
                ],
                "responses": {
                    "200": {
                        "application/json": {
                            "type": "object",
                            "properties": {
                                "data": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                                "params": {"type": "object", "properties": {"ids": {"type": "array"}}},
                            },
                        }
                    }
                },
            }
        ],
    }
    overlay = {"info": {"title": "t", "version": "1"}, "tags": {"widgets": "Widgets"}}
    document = build_spec.build(facts, overlay)
    response = document["paths"]["/widgets"]["get"]["responses"]["200"]
    assert response["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ListWidgetsResponse"
    }
    envelope = document["components"]["schemas"]["ListWidgetsResponse"]
    assert envelope["properties"]["params"] == {"$ref": "#/components/schemas/ListWidgetsParams"}
    assert document["paths"]["/widgets"]["get"]["summary"] == "List widgets"

    clashing = copy.deepcopy(facts)
    clashing["schemas"]["ListWidgetsResponse"] = {"type": "object"}
    with pytest.raises(build_spec.SpecBuildError, match="ListWidgetsResponse"):
        build_spec.build(clashing, overlay)
    with pytest.raises(build_spec.SpecBuildError, match="noSuchOperation"):
        build_spec.build(facts, {**overlay, "operations": {"noSuchOperation": {"summary": "x"}}})
    with pytest.raises(build_spec.SpecBuildError, match="sections"):
        build_spec.build(facts, {**overlay, "operation": {}})
