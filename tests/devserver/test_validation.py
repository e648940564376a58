"""Spec validation both ways: 400s that name the field, and 500s for non-conforming responses."""

from __future__ import annotations

import httpx
import pytest
from schematic_devserver import DevServer, handlers, operations
from schematic_devserver.spec import load_spec, to_json_schema
from schematic_devserver.validation import first_error


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "expected"),
    [
        (
            "POST",
            "/event-batch",
            {"json": {"events": [{"event_type": "track"}] * 3 + [{"event_type": "bogus"}]}},
            "events[3].event_type",
        ),
        (
            "POST",
            "/event-batch",
            {"json": {"events": [{}]}},
            'events[0]: "event_type" is a required property',
        ),
        ("POST", "/event-batch", {"json": {"events": [{"event_type": "track"}] * 1001}}, "events:"),
        ("POST", "/companies", {"json": {"name": "no keys"}}, '"keys" is a required property'),
        ("POST", "/companies", {"json": {"keys": {"domain": 5}}}, "keys.domain"),
        (
            "POST",
            "/flags",
            {
                "json": {
                    "key": "k",
                    "name": "n",
                    "description": "",
                    "default_value": "yes",
                    "flag_type": "boolean",
                }
            },
            "default_value",
        ),
        ("POST", "/events", {"json": {"event_type": "track", "sent_at": "yesterday"}}, "sent_at"),
        (
            "POST",
            "/companies",
            {"content": b"{not json", "headers": {"content-type": "application/json"}},
            "invalid JSON",
        ),
        ("POST", "/companies", {}, "request body"),
        ("GET", "/companies", {"params": {"limit": "-1"}}, "limit: -1 is less than the minimum of 0"),
        ("GET", "/companies", {"params": {"limit": "ten"}}, "limit"),
        ("GET", "/companies", {"params": {"without_plan": "maybe"}}, "without_plan"),
        ("GET", "/events", {"params": [("event_types", "track"), ("event_types", "nope")]}, "event_types[1]"),
    ],
)
def test_invalid_requests_are_400_naming_the_field(
    api: httpx.Client, method: str, path: str, kwargs: dict[str, object], expected: str
) -> None:
    response = api.request(method, path, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 400, response.text
    assert expected in response.json()["error"]


def test_valid_optional_nulls_are_accepted(api: httpx.Client) -> None:
    response = api.put(
        "/flags/none/rules",
        json={
            "rules": [
                {
                    "name": "r",
                    "priority": 1,
                    "value": True,
                    "rule_type": None,
                    "conditions": [],
                    "condition_groups": [],
                }
            ]
        },
    )
    assert response.status_code == 404  # Valid body (nullable allOf accepts null), unknown flag.


def test_unknown_path_and_method(api: httpx.Client) -> None:
    assert api.get("/nope").status_code == 404
    response = api.patch("/flags")
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == {"GET", "POST"}


def test_nullable_allof_ref_accepts_null_and_checks_the_enum() -> None:
    spec = load_spec()
    schema = to_json_schema({"$ref": "#/components/schemas/CheckFlagResponseData"}, spec.document)
    import jsonschema_rs

    validator = jsonschema_rs.Draft202012Validator(schema)
    base = {"flag": "f", "reason": "r", "value": True}
    assert validator.is_valid({**base, "rule_type": None, "feature_usage_period": None})
    assert validator.is_valid({**base, "rule_type": "standard"})
    assert first_error(validator, {**base, "rule_type": "weird"}, "body") == (
        'rule_type: "weird" is not one of ["company_override", "company_override_usage_exceeded", "default", '
        '"global_override", "plan_entitlement", "plan_entitlement_usage_exceeded", "standard", null]'
    )


def test_nonconforming_response_is_a_logged_500(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    server = DevServer().start()
    try:
        monkeypatch.setitem(
            operations.HANDLERS, "listFlags", lambda call: handlers.Reply(200, {"data": [{"id": 1}]})
        )
        response = httpx.get(f"{server.url}/flags", headers={"X-Schematic-Api-Key": "sk_test_devserver"})
        assert response.status_code == 500
        assert "response failed validation" in response.json()["error"]
        assert server.errors and "listFlags" in server.errors[0]
        assert any(record.levelname == "ERROR" for record in caplog.records)
        assert server.stats()["server_errors"] == 1
    finally:
        server.close()


def test_handler_crash_is_a_500_and_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(call: handlers.Call) -> handlers.Reply:
        raise RuntimeError("boom")

    with DevServer() as server:
        monkeypatch.setitem(operations.HANDLERS, "listFlags", boom)
        response = httpx.get(f"{server.url}/flags", headers={"X-Schematic-Api-Key": "sk_test_devserver"})
        assert response.status_code == 500
        assert server.errors


def test_response_validation_can_be_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    with DevServer(validate_responses=False) as server:
        monkeypatch.setitem(
            operations.HANDLERS, "listFlags", lambda call: handlers.Reply(200, {"data": [{"id": 1}]})
        )
        response = httpx.get(f"{server.url}/flags", headers={"X-Schematic-Api-Key": "sk_test_devserver"})
        assert response.status_code == 200
