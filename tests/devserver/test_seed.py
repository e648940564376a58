"""Seed files: the shipped example, idempotent re-application, and errors naming the entry."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from schematic_devserver import DevServer
from schematic_devserver.seed import SeedError

EXAMPLE = Path(__file__).resolve().parents[2] / "devserver" / "seed_example.yaml"
HEADERS = {"X-Schematic-Api-Key": "sk_test_devserver"}


def checks(server: DevServer, domain: str) -> dict[str, bool]:
    response = httpx.post(f"{server.url}/flags/check", json={"company": {"domain": domain}}, headers=HEADERS)
    return {flag["flag"]: flag["value"] for flag in response.json()["data"]["flags"]}


def test_example_seed_evaluates_its_trait_and_metric_rules(
    devserver_factory: Callable[..., DevServer],
) -> None:
    server = devserver_factory(seed=EXAMPLE)
    assert checks(server, "acme.test") == {"new-dashboard": True, "sso": True, "api-access": True}
    assert checks(server, "globex.test") == {"new-dashboard": True, "sso": False, "api-access": True}
    track = {
        "event_type": "track",
        "body": {"event": "api-call", "company": {"domain": "globex.test"}, "quantity": 70},
    }
    httpx.post(f"{server.url}/events", json=track, headers=HEADERS)
    assert checks(server, "globex.test")["api-access"] is False
    users = httpx.get(f"{server.url}/users", headers=HEADERS).json()["data"]
    assert {u["name"] for u in users} == {"Ada", "Hank"}
    assert all(len(u["company_memberships"]) == 1 for u in users)


def test_reapplying_a_seed_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "seeded.db"
    for _ in range(2):
        with DevServer(db_path=db, seed=EXAMPLE) as server:
            assert len(httpx.get(f"{server.url}/companies", headers=HEADERS).json()["data"]) == 3
            assert len(httpx.get(f"{server.url}/flags", headers=HEADERS).json()["data"]) == 3
            assert server.store.count_events() == 1
            counts = {
                path: httpx.get(f"{server.url}{path}/count", headers=HEADERS).json()["data"]["count"]
                for path in (
                    "/features",
                    "/plans",
                    "/plan-entitlements",
                    "/company-overrides",
                    "/billing/credits",
                )
            }
            assert counts == {
                "/features": 2,
                "/plans": 3,
                "/plan-entitlements": 4,
                "/company-overrides": 1,
                "/billing/credits": 1,
            }
            grants = httpx.get(f"{server.url}/billing/credits/grants/list", headers=HEADERS).json()["data"]
            assert [grant["quantity"] for grant in grants] == [1000]


def company(server: DevServer, domain: str) -> dict[str, Any]:
    response = httpx.get(f"{server.url}/companies/lookup", params={"keys[domain]": domain}, headers=HEADERS)
    return dict(response.json()["data"])


def test_example_seed_puts_companies_on_plans_with_an_override_and_credits(
    devserver_factory: Callable[..., DevServer],
) -> None:
    server = devserver_factory(seed=EXAMPLE)
    acme = company(server, "acme.test")
    assert (acme["plan"]["name"], [a["name"] for a in acme["add_ons"]]) == ("Pro", ["API boost"])
    by_key = {e["feature_key"]: e for e in acme["entitlements"]}
    assert by_key["api-access"]["value_type"] == "unlimited"  # The override replaces Pro's 10,000.
    assert [rule["rule_type"] for rule in acme["rules"]] == ["company_override"]
    globex = company(server, "globex.test")
    (entitlement,) = globex["entitlements"]
    assert (entitlement["allocation"], entitlement["usage"], entitlement["metric_period"]) == (
        100,
        30,
        "current_month",
    )
    (credit_id,) = acme["billing_credit_balances"]
    assert acme["billing_credit_balances"][credit_id] == 1000
    prompt = {
        "event_type": "track",
        "body": {"event": "ai-prompt", "company": {"domain": "acme.test"}, "quantity": 7},
    }
    assert httpx.post(f"{server.url}/events", json=prompt, headers=HEADERS).status_code == 201
    balances = httpx.get(
        f"{server.url}/billing/credits/balance", params={"company_id": acme["id"]}, headers=HEADERS
    ).json()["data"]
    assert [(b["credit_id"], b["remaining"], b["settled"]) for b in balances] == [(credit_id, 993, 7)]


def test_json_seed_and_mapping_seed(tmp_path: Path) -> None:
    seed = {"flags": [{"key": "json-flag", "default_value": True}]}
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed))
    for source in (path, seed):
        with DevServer(seed=source) as server:
            assert checks(server, "any") == {"json-flag": True}


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ({"companies": [{"name": "no keys"}]}, "companies[0]"),
        ({"flags": [{"key": "f", "rules": [{"name": "r"}]}]}, "flags[0]"),
        ({"events": [{"event_type": "bogus"}]}, "events[0].event_type"),
        ({"widgets": []}, "unknown sections"),
        (
            {"plans": [{"name": "Free", "plan_type": "plan", "entitlements": [{"feature": "nope"}]}]},
            "plans[0].entitlements[0].feature: no feature named 'nope'",
        ),
        (
            {
                "features": [{"name": "Calls", "feature_type": "event", "event_subtype": "call"}],
                "plans": [
                    {
                        "name": "Free",
                        "plan_type": "plan",
                        "entitlements": [{"feature": "Calls", "value_type": "numeric"}],
                    }
                ],
            },
            "plans[0].entitlements[0].value_numeric: required when value_type is numeric",
        ),
        ({"features": [{"name": "Calls", "feature_type": "event"}]}, "event_subtype: required"),
        (
            {
                "companies": [{"keys": {"domain": "a.test"}}],
                "plans": [{"name": "Boost", "plan_type": "add_on"}],
                "company_plans": [{"company": {"domain": "a.test"}, "base_plan": "Boost"}],
            },
            "company_plans[0].base_plan: Boost is not a plan",
        ),
        ({"grants": [{"company": {"domain": "nobody.test"}}]}, "grants[0].company: no company"),
        ({"credits": [{"name": 5}]}, "credits[0]"),
    ],
)
def test_bad_seed_names_the_entry(seed: dict[str, object], message: str) -> None:
    with pytest.raises(SeedError, match=message.replace("[", r"\[").replace("]", r"\]")):
        DevServer(seed=seed)
