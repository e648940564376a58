"""company_catalog_view: each value type as the rules the shared engine reads, usage over the current period,
credits burnt by tracked usage, and a REST check that turns off once the plan's allocation is used."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest
from schematic_devserver import DevServer
from schematic_devserver.clock import isoformat
from schematic_devserver.engine_view import company_view, flag_view
from schematic_devserver.entitlements import company_catalog_view
from schematic_devserver.store import NewEvent

from schematic_ext._rules import check_flag

# A Wednesday: its week began on Sunday 2026-11-29, its month on 2026-12-01.
NOW = datetime(2026, 12, 2, 12, tzinfo=timezone.utc).timestamp()


def data(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()["data"]


class Catalog:
    """A company on one plan, built over HTTP."""

    def __init__(self, api: httpx.Client, **traits: Any) -> None:
        self.api = api
        self.company = data(api.post("/companies", json={"keys": {"domain": "acme.test"}, "traits": traits}))
        self.plan = data(api.post("/plans", json={"name": "Pro", "plan_type": "plan"}), 201)
        body = {"base_plan_id": self.plan["id"], "add_on_ids": []}
        data(api.put(f"/company-plans/{self.company['id']}", json=body))

    def feature(self, key: str, feature_type: str = "event", **fields: Any) -> Any:
        flag = {"key": key, "name": key, "description": "", "default_value": False, "flag_type": "boolean"}
        body = {"name": key, "description": "", "feature_type": feature_type, "flag": flag, **fields}
        return data(self.api.post("/features", json=body), 201)

    def entitle(self, feature: Any, **value: Any) -> Any:
        body = {"plan_id": self.plan["id"], "feature_id": feature["id"], **value}
        return data(self.api.post("/plan-entitlements", json=body), 201)


def track(server: DevServer, company_id: str, subtype: str, quantity: int, when: float) -> None:
    event = NewEvent("track", subtype, {}, company_id, None, quantity, None, when, None)
    server.store.ingest([event], now=when)


def check(server: DevServer, company_id: str, key: str) -> Any:
    """The shared engine's answer over engine_view's company, which merges the catalog's view."""
    flag = server.store.flag_by_key(key)
    assert flag is not None
    return check_flag(flag_view(server.store, flag), company_view(server.store, company_id, NOW))


def test_a_numeric_allocation_on_an_event_feature_is_a_metric_rule_and_its_exceeded_twin(
    devserver: DevServer, api: httpx.Client
) -> None:
    catalog = Catalog(api)
    feature = catalog.feature("reports", event_subtype="report")
    flag_id = feature["flags"][0]["id"]
    entitlement = catalog.entitle(
        feature, value_type="numeric", value_numeric=3, metric_period="current_week"
    )
    company_id = catalog.company["id"]
    track(devserver, company_id, "report", 5, NOW - 4 * 86400)  # The Saturday before: last week.
    track(devserver, company_id, "report", 2, NOW - 3600)
    view = company_catalog_view(devserver.store, company_id, NOW)
    assert (view.base_plan_id, view.plan_ids) == (catalog.plan["id"], [catalog.plan["id"]])
    (entry,) = view.entitlements
    assert {k: entry[k] for k in ("feature_key", "value_type", "allocation", "usage", "metric_period")} == {
        "feature_key": "reports",
        "value_type": "numeric",
        "allocation": 3,
        "usage": 2,
        "metric_period": "current_week",
    }
    assert entry["metric_reset_at"] == "2026-12-06T00:00:00.000Z"
    assert [(r["rule_type"], r["value"], r["flag_id"]) for r in view.rules] == [
        ("plan_entitlement", True, flag_id),
        ("plan_entitlement_usage_exceeded", False, flag_id),
    ]
    assert view.rules[0]["id"] == entitlement["rule_id"]
    scope, usage = view.rules[0]["conditions"]
    assert (scope["condition_type"], scope["resource_ids"]) == ("plan", [catalog.plan["id"]])
    assert {k: usage[k] for k in ("condition_type", "operator", "event_subtype", "metric_value")} == {
        "condition_type": "metric",
        "operator": "lt",
        "event_subtype": "report",
        "metric_value": 3,
    }
    assert [(m["event_subtype"], m["period"], m["value"]) for m in view.metrics] == [
        ("report", "current_week", 2)
    ]
    result = check(devserver, company_id, "reports")
    assert (result.value, result.rule_type, result.feature_usage, result.feature_allocation) == (
        True,
        "plan_entitlement",
        2,
        3,
    )
    track(devserver, company_id, "report", 1, NOW - 60)
    result = check(devserver, company_id, "reports")
    assert (result.value, result.rule_type, result.feature_usage) == (
        False,
        "plan_entitlement_usage_exceeded",
        3,
    )
    assert result.feature_usage_period == "current_week"
    assert result.entitlement is not None and result.entitlement["allocation"] == 3


def test_a_trait_feature_compares_its_trait_with_the_allocation(
    devserver: DevServer, api: httpx.Client
) -> None:
    catalog = Catalog(api, seats=12, seat_limit=20)
    feature = catalog.feature("seats", "trait", trait_id="etd_company_seats")
    catalog.entitle(feature, value_type="numeric", value_numeric=10)
    company_id = catalog.company["id"]
    view = company_catalog_view(devserver.store, company_id, NOW)
    usage = view.rules[0]["conditions"][1]
    assert usage["trait_definition"] == {
        "id": "etd_company_seats",
        "comparable_type": "int",
        "entity_type": "company",
    }
    assert (usage["condition_type"], usage["operator"], usage["trait_value"]) == ("trait", "lt", "10")
    assert (view.entitlements[0]["usage"], view.entitlements[0]["allocation"]) == (12, 10)
    result = check(devserver, company_id, "seats")
    assert (result.value, result.feature_usage, result.feature_allocation) == (False, 12, 10)


def test_a_trait_valued_allocation_comes_from_the_company(devserver: DevServer, api: httpx.Client) -> None:
    catalog = Catalog(api, call_limit=4)
    feature = catalog.feature("calls", event_subtype="call")
    catalog.entitle(
        feature, value_type="trait", value_trait_id="etd_company_call_limit", metric_period="current_day"
    )
    company_id = catalog.company["id"]
    track(devserver, company_id, "call", 3, NOW - 60)
    view = company_catalog_view(devserver.store, company_id, NOW)
    usage = view.rules[0]["conditions"][1]
    assert usage["comparison_trait_definition"]["id"] == "etd_company_call_limit"
    assert (view.entitlements[0]["allocation"], view.entitlements[0]["usage"]) == (4, 3)
    result = check(devserver, company_id, "calls")
    assert (result.value, result.feature_allocation, result.feature_usage) == (True, 4, 3)
    track(devserver, company_id, "call", 1, NOW - 30)
    assert check(devserver, company_id, "calls").value is False


def test_boolean_and_unlimited_values_have_no_usage_condition(
    devserver: DevServer, api: httpx.Client
) -> None:
    catalog = Catalog(api)
    catalog.entitle(catalog.feature("export", "boolean"), value_type="boolean", value_bool=False)
    catalog.entitle(catalog.feature("api", event_subtype="api-call"), value_type="unlimited")
    view = company_catalog_view(devserver.store, catalog.company["id"], NOW)
    assert [(r["rule_type"], r["value"], len(r["conditions"])) for r in view.rules] == [
        ("plan_entitlement", False, 1),
        ("plan_entitlement", True, 1),
    ]
    assert check(devserver, catalog.company["id"], "export").value is False
    result = check(devserver, catalog.company["id"], "api")
    assert (result.value, result.rule_type, result.feature_usage) == (True, "plan_entitlement", None)


def test_credits_burn_at_the_consumption_rate_and_the_flag_stops_with_the_balance(
    devserver: DevServer, api: httpx.Client
) -> None:
    catalog = Catalog(api)
    credit = data(
        api.post("/billing/credits", json={"name": "Tokens", "description": "", "currency": "usd"}), 201
    )
    feature = catalog.feature("ai", event_subtype="prompt")
    body = {"value_type": "credit", "value_credit_id": credit["id"], "credit_consumption_rate": 2.5}
    catalog.entitle(feature, **body)
    company_id = catalog.company["id"]
    grant = {"company_id": company_id, "credit_id": credit["id"], "quantity": 10, "reason": "free"}
    granted = data(api.post("/billing/credits/grants/company", json=grant), 201)
    assert (granted["quantity_remaining"], granted["company_name"], granted["credit_name"]) == (
        10,
        "",
        "Tokens",
    )
    api.post(
        "/events",
        json={
            "event_type": "track",
            "body": {"event": "prompt", "company": {"domain": "acme.test"}, "quantity": 3},
        },
    )
    view = company_catalog_view(devserver.store, company_id, NOW)
    assert view.credit_balances == {credit["id"]: 2.5}
    usage = view.rules[0]["conditions"][1]
    assert (usage["condition_type"], usage["credit_id"], usage["consumption_rate"]) == (
        "credit",
        credit["id"],
        2.5,
    )
    entry = view.entitlements[0]
    assert (entry["credit_total"], entry["credit_used"], entry["credit_remaining"]) == (10, 7.5, 2.5)
    assert check(devserver, company_id, "ai").value is True
    api.post(
        "/events",
        json={
            "event_type": "track",
            "body": {"event": "prompt", "company": {"domain": "acme.test"}, "quantity": 2},
        },
    )
    assert company_catalog_view(devserver.store, company_id, NOW).credit_balances == {credit["id"]: 0}
    result = check(devserver, company_id, "ai")
    assert (result.value, result.rule_type) == (False, "plan_entitlement_usage_exceeded")
    grants = data(api.get("/billing/credits/grants/company/list", params={"company_id": company_id}))
    assert [(g["quantity_used"], g["quantity_remaining"]) for g in grants] == [(10, 0)]
    second = data(
        api.post("/billing/credits/grants/company", json={**grant, "quantity": 5, "reason": "purchased"}), 201
    )
    assert [
        b["remaining"] for b in data(api.get("/billing/credits/balance", params={"company_id": company_id}))
    ] == [2.5]
    zeroed = data(api.put(f"/billing/credits/grants/{second['id']}/zero-out", json={"reason": "expired"}))
    assert (zeroed["quantity_used"], zeroed["quantity_remaining"], zeroed["zeroed_out_reason"]) == (
        2.5,
        0,
        "expired",
    )
    assert data(api.get("/billing/credits/grants/company/count", params={"company_id": company_id})) == {
        "count": 2
    }
    assert company_catalog_view(devserver.store, company_id, NOW).credit_balances == {credit["id"]: 0}


def test_a_zero_rate_credit_needs_a_positive_balance_and_usage_access_agrees_with_the_engine(
    devserver: DevServer, api: httpx.Client
) -> None:
    catalog = Catalog(api)
    credit = data(
        api.post("/billing/credits", json={"name": "Seats", "description": "", "currency": "usd"}), 201
    )
    feature = catalog.feature("free-ai", event_subtype="free-prompt")
    body = {"value_type": "credit", "value_credit_id": credit["id"], "credit_consumption_rate": 0}
    catalog.entitle(feature, **body)
    company_id = catalog.company["id"]

    def answers() -> tuple[bool, bool]:
        (usage,) = data(api.get("/usage-by-company", params={"keys[domain]": "acme.test"}))["features"]
        return usage["access"], check(devserver, company_id, "free-ai").value

    assert answers() == (False, False)
    grant = {"company_id": company_id, "credit_id": credit["id"], "quantity": 1, "reason": "free"}
    granted = data(api.post("/billing/credits/grants/company", json=grant), 201)
    track(devserver, company_id, "free-prompt", 50, NOW)
    assert answers() == (True, True)
    data(api.put(f"/billing/credits/grants/{granted['id']}/zero-out", json={"reason": "expired"}))
    assert company_catalog_view(devserver.store, company_id, NOW).credit_balances == {credit["id"]: 0}
    assert answers() == (False, False)


def test_an_override_becomes_a_company_override_rule_instead_of_the_plans(
    devserver: DevServer, api: httpx.Client
) -> None:
    catalog = Catalog(api)
    feature = catalog.feature("api", event_subtype="api-call")
    catalog.entitle(feature, value_type="numeric", value_numeric=1)
    company_id = catalog.company["id"]
    body = {"company_id": company_id, "feature_id": feature["id"], "value_type": "unlimited"}
    override = data(api.post("/company-overrides", json=body), 201)
    view = company_catalog_view(devserver.store, company_id, NOW)
    (rule,) = view.rules
    assert (rule["rule_type"], rule["id"], rule["conditions"][0]["condition_type"]) == (
        "company_override",
        override["rule_id"],
        "company",
    )
    assert rule["conditions"][0]["resource_ids"] == [company_id]
    track(devserver, company_id, "api-call", 5, NOW - 60)
    result = check(devserver, company_id, "api")
    assert (result.value, result.rule_type) == (True, "company_override")


def test_a_company_without_a_plan_or_unknown_has_an_empty_view(
    devserver: DevServer, api: httpx.Client
) -> None:
    bare = data(api.post("/companies", json={"keys": {"domain": "bare.test"}}))
    for company_id in (bare["id"], "comp_unknown"):
        view = company_catalog_view(devserver.store, company_id, NOW)
        assert (view.base_plan_id, view.plan_ids, view.rules, view.entitlements) == (None, [], [], [])


def test_usage_reports_every_entitled_feature(api: httpx.Client) -> None:
    catalog = Catalog(api)
    feature = catalog.feature("api", event_subtype="api-call")
    entitlement = catalog.entitle(
        feature, value_type="numeric", value_numeric=10, metric_period="current_month"
    )
    api.post(
        "/events",
        json={
            "event_type": "track",
            "body": {"event": "api-call", "company": {"domain": "acme.test"}, "quantity": 4},
        },
    )
    (usage,) = data(api.get("/usage-by-company", params={"keys[domain]": "acme.test"}))["features"]
    assert {
        k: usage[k] for k in ("access", "allocation", "usage", "period", "entitlement_id", "entitlement_type")
    } == {
        "access": True,
        "allocation": 10,
        "usage": 4,
        "period": "current_month",
        "entitlement_id": entitlement["id"],
        "entitlement_type": "plan_entitlement",
    }
    assert usage["plan"]["id"] == catalog.plan["id"] and usage["percent_used"] == 40
    listed = data(api.get("/feature-usage", params={"company_id": catalog.company["id"]}))
    assert [u["feature"]["id"] for u in listed] == [feature["id"]]
    assert data(
        api.get("/feature-usage/count", params={"company_id": catalog.company["id"], "q": "nothing"})
    ) == {"count": 0}
    assert api.get("/feature-usage").status_code == 400


def test_check_flag_over_rest_turns_off_after_the_allocation_is_used(api: httpx.Client) -> None:
    catalog = Catalog(api)
    catalog.entitle(catalog.feature("api", event_subtype="api-call"), value_type="numeric", value_numeric=3)
    context = {"company": {"domain": "acme.test"}}
    seen = []
    for _ in range(4):
        result = data(api.post("/flags/api/check", json=context))
        seen.append((result["value"], result["feature_usage"], result["feature_allocation"]))
        track_body = {
            "event_type": "track",
            "body": {"event": "api-call", "company": {"domain": "acme.test"}},
        }
        data(api.post("/events", json=track_body), 201)
    assert seen == [(True, 0, 3), (True, 1, 3), (True, 2, 3), (False, 3, 3)]
    assert result["feature_usage_event"] == "api-call" and result["entitlement"]["feature_key"] == "api"


def test_an_expired_grant_keeps_what_it_burnt_by_then_and_loses_the_rest(
    devserver: DevServer, api: httpx.Client
) -> None:
    catalog = Catalog(api)
    credit = data(
        api.post("/billing/credits", json={"name": "Tokens", "description": "", "currency": "usd"}), 201
    )
    catalog.entitle(
        catalog.feature("ai", event_subtype="prompt"), value_type="credit", value_credit_id=credit["id"]
    )
    company_id = catalog.company["id"]
    start = time.time()
    expiry = start + 100
    trial = {"company_id": company_id, "credit_id": credit["id"], "quantity": 10, "reason": "free"}
    data(api.post("/billing/credits/grants/company", json={**trial, "expires_at": isoformat(expiry)}), 201)
    data(
        api.post("/billing/credits/grants/company", json={**trial, "quantity": 5, "reason": "purchased"}), 201
    )
    track(devserver, company_id, "prompt", 2, start + 50)  # burns the trial grant, before it expires
    before = company_catalog_view(devserver.store, company_id, start + 60)
    assert before.credit_balances == {credit["id"]: 13}  # 10 + 5 - 2
    assert before.expires_at == pytest.approx(expiry, abs=0.001)  # the view changes then

    track(devserver, company_id, "prompt", 3, start + 150)  # after: only the purchased grant is left
    after = company_catalog_view(devserver.store, company_id, start + 200)
    assert after.credit_balances == {credit["id"]: 2}  # the trial kept its 2, lost 8; 5 - 3 left
    assert after.expires_at is None
    entry = after.entitlements[0]
    assert (entry["credit_total"], entry["credit_used"], entry["credit_remaining"]) == (7, 5, 2)
