"""Plan entitlements and company overrides (the catalog's rules, carried by the company) evaluated
locally: the same answers as REST, entitlements included, and track() counting against a plan's allocation."""

from __future__ import annotations

import time
from typing import Any

import pytest
from datastream_helpers import Api, eventually
from schematic_devserver.clock import isoformat


@pytest.fixture
def catalog(api: Api) -> dict[str, Any]:
    """Acme on Pro (3 API calls a month, SSO); Globex on Pro with an unlimited override; Initech on no plan."""
    acme, globex, initech = api.company("acme"), api.company("globex"), api.company("initech")
    plan = api.post("/plans", {"name": "Pro", "plan_type": "plan"})
    for company_id in ("acme", "globex"):
        api.put(f"/company-plans/{company_id}", {"base_plan_id": plan["id"], "add_on_ids": []})
    features = {}
    for key, fields in (
        ("metered", {"feature_type": "event", "event_subtype": "api-call"}),
        ("sso", {"feature_type": "boolean"}),
    ):
        flag = {"key": key, "name": key, "description": "", "default_value": False, "flag_type": "boolean"}
        features[key] = api.post("/features", {"name": key, "description": "", "flag": flag, **fields})
    api.post(
        "/plan-entitlements",
        {
            "plan_id": plan["id"],
            "feature_id": features["metered"]["id"],
            "value_type": "numeric",
            "value_numeric": 3,
        },
    )
    api.post(
        "/plan-entitlements",
        {
            "plan_id": plan["id"],
            "feature_id": features["sso"]["id"],
            "value_type": "boolean",
            "value_bool": True,
        },
    )
    api.post(
        "/company-overrides",
        {"company_id": "globex", "feature_id": features["metered"]["id"], "value_type": "unlimited"},
    )
    return {"acme": acme, "globex": globex, "initech": initech}


def test_plan_and_override_rules_answer_as_rest_does(make_client, server, catalog):
    local = make_client()
    rest = make_client(use_datastream=False, cache_providers=[])
    local.check_flag("sso", company=catalog["acme"])
    checks = server.stats()["requests"].get("checkFlag", 0)
    seen = set()
    for name, company in catalog.items():
        for flag in ("metered", "sso"):
            ours = local.check_flag_with_entitlement(flag, company=company)
            assert ours == rest.check_flag_with_entitlement(flag, company=company), (name, flag)
            seen.add((ours.rule_type, ours.value))
    assert {("plan_entitlement", True), ("company_override", True), (None, False)} <= seen
    assert local.check_flag_with_entitlement("metered", company=catalog["acme"]).entitlement is not None
    assert server.stats()["requests"].get("checkFlag", 0) == checks + 6  # the REST client's only


def test_track_uses_up_a_plans_allocation_locally(make_client, catalog):
    client = make_client(event_flush_interval=60.0)
    acme, globex = catalog["acme"], catalog["globex"]
    for _ in range(3):
        assert client.check_flag("metered", company=acme) is True
        client.track("api-call", company=acme)
    exceeded = client.check_flag_with_entitlement("metered", company=acme)
    assert (exceeded.value, exceeded.rule_type) == (False, "plan_entitlement_usage_exceeded")
    client.track("api-call", company=globex, quantity=10)
    assert client.check_flag("metered", company=globex) is True  # the override is unlimited


def test_an_expiring_override_is_pushed_when_it_expires(make_client, server, api, catalog):
    """No write happens at expiry: the devserver pushes the company's new view when time changes it."""
    client = make_client()
    initech = catalog["initech"]
    assert client.check_flag("sso", company=initech) is False  # held locally from now on
    features = {feature["name"]: feature for feature in api.client.get("/features").json()["data"]}
    expires = time.time() + 4.0
    api.post(
        "/company-overrides",
        {
            "company_id": "initech",
            "feature_id": features["sso"]["id"],
            "value_type": "boolean",
            "value_bool": True,
            "expiration_date": isoformat(expires),
        },
    )
    eventually(lambda: client.check_flag("sso", company=initech) is True)  # the override, while it lasts
    assert time.time() < expires
    sent = server.stats()["datastream"]["messages_sent"]
    eventually(lambda: client.check_flag("sso", company=initech) is False)
    assert time.time() >= expires
    assert server.stats()["datastream"]["messages_sent"] > sent
