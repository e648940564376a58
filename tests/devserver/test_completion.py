"""Completion: every required response field is sent, empty when the devserver has no data for it."""

from __future__ import annotations

import copy
from typing import Any

import httpx
from schematic_devserver.completion import EPOCH, Completer, fill
from schematic_devserver.spec import load_spec

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Plan": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"},
                },
                "required": ["id", "created_at"],
            },
            "Company": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "plans": {"type": "array", "items": {"$ref": "#/components/schemas/Plan"}},
                    "plan": {"allOf": [{"$ref": "#/components/schemas/Plan"}], "nullable": True},
                    "current": {"$ref": "#/components/schemas/Plan"},
                    "status": {"type": "string", "enum": ["active", "trialing"]},
                    "count": {"type": "integer", "minimum": 1},
                    "paid": {"type": "boolean"},
                    "note": {"type": "string", "nullable": True},
                    "traits": {"type": "object"},
                },
                "required": ["id", "plans", "plan", "current", "status", "count", "paid", "note", "traits"],
            },
        }
    }
}
COMPANY = {"$ref": "#/components/schemas/Company"}


def test_missing_required_fields_get_empty_values_of_their_type() -> None:
    completer = Completer(DOCUMENT)
    node = completer.plan(COMPANY)
    assert node is not None
    assert fill(node, {"id": "c1"}) == {
        "id": "c1",
        "plans": [],
        "plan": None,
        "current": {"id": "", "created_at": EPOCH},
        "status": "active",
        "count": 1,
        "paid": False,
        "note": None,
        "traits": {},
    }


def test_present_values_stay_and_nothing_is_mutated() -> None:
    node = Completer(DOCUMENT).plan(COMPANY)
    assert node is not None
    given = {
        "id": "c1",
        "plans": [{"id": "p1"}],
        "current": {"id": "p2", "created_at": "2024-01-01T00:00:00Z"},
    }
    before = copy.deepcopy(given)
    completed = fill(node, given)
    assert given == before
    assert completed["plans"] == [{"id": "p1", "created_at": EPOCH}]
    assert completed["current"] == {"id": "p2", "created_at": "2024-01-01T00:00:00Z"}
    complete = fill(node, completed)
    assert complete is completed  # Nothing missing: the very same object comes back.


def test_fields_schematichq_requires_are_added_to_their_component() -> None:
    spec = load_spec()
    completer = Completer(spec.document)
    checked = completer.complete(spec.operations["checkFlags"], 201, {"data": {"flags": []}, "params": {}})
    assert checked["data"]["credit_spend_policies"] == []
    environment = completer.complete(spec.operations["getEnvironment"], 200, {"data": {}, "params": {}})
    assert environment["data"]["require_context_signature"] is False


def test_live_answers_carry_the_required_billing_and_sdk_fields(api: httpx.Client) -> None:
    company = api.post("/companies", json={"keys": {"domain": "acme.test"}, "name": "Acme"}).json()["data"]
    for field in ("plans", "add_ons", "billing_subscriptions", "custom_plan_billings", "payment_methods"):
        assert company[field] == [], field
    assert api.post("/flags/check", json={}).json()["data"]["credit_spend_policies"] == []
    token = api.post("/temporary-access-tokens", json={"lookup": {"domain": "acme.test"}})
    assert token.status_code == 201, token.text
    assert token.json()["data"]["issuer_type"] == "api_key"
    assert token.json()["data"]["resource_type"] == "company"
