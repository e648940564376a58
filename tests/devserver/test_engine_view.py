"""engine_view: the devserver's data in the public `Rulesengine*` shapes, built from data made over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import jsonschema_rs
import pytest
from schematic_devserver import DevServer, engine_view
from schematic_devserver.render import ACCOUNT_ID, ENVIRONMENT_ID
from schematic_devserver.spec import load_spec, to_json_schema
from schematic_devserver.validation import first_error

from schematic_ext._rules.metrics import next_reset, period_start

_NS = 1_000_000_000


def validator(name: str) -> jsonschema_rs.Draft202012Validator:
    schema = to_json_schema({"$ref": f"#/components/schemas/{name}"}, load_spec().document)
    return jsonschema_rs.Draft202012Validator(schema, validate_formats=True)


def assert_valid(name: str, instance: Any) -> None:
    assert first_error(validator(name), instance, name) is None


@pytest.fixture
def api(devserver: DevServer, secret_key: str) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=devserver.url, headers={"X-Schematic-Api-Key": secret_key}, timeout=10
    ) as client:
        yield client


def ok(response: httpx.Response) -> Any:
    assert response.status_code in (200, 201), response.text
    return response.json()["data"]


def define(api: httpx.Client, entity_type: str, hierarchy: list[str], trait_type: str) -> None:
    body = {"entity_type": entity_type, "hierarchy": hierarchy, "trait_type": trait_type}
    ok(api.post("/entity-trait-definitions", json=body))


def cond(condition_type: str, operator: str = "eq", **fields: Any) -> dict[str, Any]:
    return {"condition_type": condition_type, "operator": operator, "resource_ids": [], **fields}


def track(api: httpx.Client, event: str, quantity: int, at: datetime) -> None:
    body = {"event": event, "company": {"domain": "acme.test"}, "quantity": quantity}
    stamp = at.isoformat().replace("+00:00", "Z")
    ok(
        api.post(
            "/events",
            json={"event_type": "track", "body": body, "sent_at": stamp, "trusted_client_clock": True},
        )
    )


EVERY_CONDITION = [
    cond("company", resource_ids=["co_acme"]),
    cond("user", "ne", resource_ids=["user_x"]),
    cond("plan", resource_ids=["plan_1"]),
    cond("base_plan", "is_empty"),
    cond("plan_version", resource_ids=["plv_1"]),
    cond("billing_product", resource_ids=["bp_1"]),
    cond("credit", "lte", credit_id="bcr_1", credit_cost=2.5),
    cond("trait", "gt", trait_id="seats", trait_value="3"),
    cond("trait", "eq", trait_id="etd_user_role", trait_value="admin"),
    cond("trait", "lt", trait_id="seats", comparison_trait_id="limit"),
    cond("trait", "eq", trait_id="nobody_has_this", trait_value="x"),
    cond("metric", "lt", event_subtype="calls", metric_value=5, metric_period="current_week"),
    cond("metric", "lt", event_subtype="calls", metric_value=5, comparison_trait_id="limit"),
    cond(
        "metric",
        "lt",
        event_subtype="calls",
        metric_value=5,
        metric_period="current_month",
        metric_period_month_reset="billing_cycle",
    ),
]


@pytest.fixture
def data(api: httpx.Client, devserver: DevServer) -> dict[str, Any]:
    """Acme (traits of every type, a nested one), Alice, and a flag whose rules hold every kind of condition."""
    define(api, "company", ["founded"], "date")
    define(api, "company", ["budget"], "currency")
    define(api, "company", ["site"], "url")
    define(api, "company", ["address", "city"], "string")
    company = {
        "id": "co_acme",
        "keys": {"domain": "acme.test", "crm": "42"},
        "traits": {
            "seats": 10,
            "limit": 8,
            "beta": True,
            "tier": "gold",
            "founded": "2020-01-02T00:00:00Z",
            "budget": 12.5,
            "site": "https://acme.test",
            "address": {"city": "Paris"},
        },
    }
    ok(api.post("/companies", json=company))
    ok(
        api.post(
            "/users",
            json={"id": "user_alice", "keys": {"email": "alice@acme.test"}, "traits": {"role": "admin"}},
        )
    )
    flag = ok(
        api.post("/flags", json={"key": "every", "name": "Every", "description": "", "default_value": True})
    )
    rules = [
        {
            "name": "all",
            "priority": 3,
            "value": True,
            "rule_type": "plan_entitlement",
            "conditions": EVERY_CONDITION[:7],
            "condition_groups": [{"conditions": EVERY_CONDITION[7:]}],
        },
        {"name": "fallback", "priority": 0, "value": False, "conditions": [], "condition_groups": []},
    ]
    stored = ok(api.put(f"/flags/{flag['id']}/rules", json={"rules": rules}))["rules"]
    return {"flag": devserver.store.flag(flag["id"]), "rules": stored}


def test_every_view_is_valid_against_its_rulesengine_schema(
    devserver: DevServer, data: dict[str, Any]
) -> None:
    store = devserver.store
    assert_valid("RulesengineFlag", engine_view.flag_view(store, data["flag"]))
    for flag in engine_view.flags_view(store):
        assert_valid("RulesengineFlag", flag)
    assert_valid("RulesengineCompany", engine_view.company_view(store, "co_acme"))
    assert_valid("RulesengineUser", engine_view.user_view(store, "user_alice"))


def test_the_flag_view_carries_its_rules_and_conditions(devserver: DevServer, data: dict[str, Any]) -> None:
    view = engine_view.flag_view(devserver.store, data["flag"])
    assert (view["id"], view["key"], view["default_value"]) == (data["flag"].id, "every", True)
    assert (view["account_id"], view["environment_id"]) == (ACCOUNT_ID, ENVIRONMENT_ID)
    first, second = view["rules"]
    assert (first["id"], first["rule_type"], first["name"], first["priority"], first["value"]) == (
        data["rules"][0]["id"],
        "plan_entitlement",
        "all",
        3,
        True,
    )
    assert (second["rule_type"], second["flag_id"]) == ("standard", data["flag"].id)
    conditions = first["conditions"] + first["condition_groups"][0]["conditions"]
    assert [c["condition_type"] for c in conditions] == [c["condition_type"] for c in EVERY_CONDITION]
    assert [c["id"] for c in conditions] == [
        c["id"]
        for c in data["rules"][0]["conditions"] + data["rules"][0]["condition_groups"][0]["conditions"]
    ]
    by_position = dict(enumerate(conditions))
    assert by_position[0]["resource_ids"] == ["co_acme"]
    assert (by_position[6]["credit_id"], by_position[6]["consumption_rate"]) == ("bcr_1", 2.5)
    seats = {"id": "etd_company_seats", "comparable_type": "int", "entity_type": "company"}
    assert by_position[7]["trait_definition"] == seats
    assert by_position[7]["trait_value"] == "3"
    role = {"id": "etd_user_role", "comparable_type": "string", "entity_type": "user"}
    assert by_position[8]["trait_definition"] == role
    limit = {"id": "etd_company_limit", "comparable_type": "int", "entity_type": "company"}
    assert by_position[9]["comparison_trait_definition"] == limit
    assert "trait_definition" not in by_position[10]  # Names no definition: never matches.
    assert {k: by_position[11].get(k) for k in ("event_subtype", "metric_value", "metric_period")} == {
        "event_subtype": "calls",
        "metric_value": 5,
        "metric_period": "current_week",
    }
    assert by_position[12]["comparison_trait_definition"] == limit
    assert by_position[13]["metric_period_month_reset"] == "billing_cycle"


def test_traits_carry_their_definitions_comparable_type(devserver: DevServer, data: dict[str, Any]) -> None:
    view = engine_view.company_view(devserver.store, "co_acme")
    assert view is not None
    traits = {
        t["trait_definition"]["id"]: (t["value"], t["trait_definition"]["comparable_type"])
        for t in view["traits"]
    }
    assert traits == {
        "etd_company_seats": ("10", "int"),
        "etd_company_limit": ("8", "int"),
        "etd_company_beta": ("true", "bool"),
        "etd_company_tier": ("gold", "string"),
        "etd_company_founded": ("2020-01-02T00:00:00Z", "date"),
        "etd_company_budget": ("12.5", "int"),
        "etd_company_site": ("https://acme.test", "string"),
        "etd_company_address.city": ("Paris", "string"),
        "etd_company_address": ('{"city": "Paris"}', "string"),
    }
    assert all(t["trait_definition"]["entity_type"] == "company" for t in view["traits"])
    assert view["keys"] == {"domain": "acme.test", "crm": "42"}
    user = engine_view.user_view(devserver.store, "user_alice")
    assert user is not None
    assert (user["id"], user["keys"], user["rules"]) == ("user_alice", {"email": "alice@acme.test"}, [])
    assert user["traits"] == [
        {
            "value": "admin",
            "trait_definition": {"id": "etd_user_role", "comparable_type": "string", "entity_type": "user"},
        }
    ]


def test_metrics_count_the_current_period_of_every_metered_condition(
    api: httpx.Client, devserver: DevServer, data: dict[str, Any]
) -> None:
    now = datetime.now(timezone.utc)
    week_start = period_start("current_week", None, None, int(now.timestamp() * _NS))
    assert week_start is not None
    week = datetime.fromtimestamp(week_start / _NS, timezone.utc)
    track(api, "calls", 4, week - timedelta(days=40))  # Only all time.
    track(api, "calls", 2, week - timedelta(seconds=1))  # All time, and this month unless the week began it.
    track(api, "calls", 3, week)  # The current week too.
    track(api, "other", 50, now)  # No condition meters it.
    moment = now.timestamp()
    view = engine_view.company_view(devserver.store, "co_acme", now=moment)
    assert view is not None
    metrics = {(m["event_subtype"], m["period"], m["month_reset"]): m for m in view["metrics"]}
    assert set(metrics) == {
        ("calls", "current_week", "first_of_month"),
        ("calls", "all_time", "first_of_month"),
        ("calls", "current_month", "billing_cycle"),
    }
    month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    tracked = [(week - timedelta(days=40), 4), (week - timedelta(seconds=1), 2), (week, 3)]
    in_month = sum(quantity for at, quantity in tracked if at >= month_start)
    assert metrics["calls", "current_week", "first_of_month"]["value"] == 3
    assert metrics["calls", "all_time", "first_of_month"]["value"] == 9
    assert metrics["calls", "current_month", "billing_cycle"]["value"] == in_month
    reset = next_reset("current_week", None, None, int(moment * _NS))
    assert reset is not None
    assert datetime.fromisoformat(
        metrics["calls", "current_week", "first_of_month"]["valid_until"].replace("Z", "+00:00")
    ) == (datetime.fromtimestamp(reset / _NS, timezone.utc))
    assert metrics["calls", "all_time", "first_of_month"]["valid_until"] is None
    assert all(m["company_id"] == "co_acme" for m in view["metrics"])


def test_a_company_without_plans_has_an_empty_catalog(devserver: DevServer, data: dict[str, Any]) -> None:
    view = engine_view.company_view(devserver.store, "co_acme")
    assert view is not None
    assert (view["base_plan_id"], view["plan_ids"], view["credit_balances"]) == (None, [], {})
    assert (view["entitlements"], view["rules"], view["billing_product_ids"]) == ([], [], [])


def test_unknown_entities_have_no_view(devserver: DevServer, data: dict[str, Any]) -> None:
    store = devserver.store
    assert engine_view.company_view(store, "co_missing") is None
    assert engine_view.user_view(store, "user_missing") is None
    assert engine_view.company_view_by_keys(store, {"domain": "missing.test"}) is None
    assert engine_view.user_view_by_keys(store, {}) is None
    found = engine_view.company_view_by_keys(store, {"crm": "42"})
    assert found is not None and found["id"] == "co_acme"
    user = engine_view.user_view_by_keys(store, {"email": "alice@acme.test"})
    assert user is not None and user["id"] == "user_alice"


def test_a_redefined_trait_type_changes_the_view(
    api: httpx.Client, devserver: DevServer, data: dict[str, Any]
) -> None:
    ok(api.put("/entity-trait-definitions/etd_company_tier", json={"trait_type": "number"}))
    view = engine_view.company_view(devserver.store, "co_acme")
    assert view is not None
    (tier,) = [t for t in view["traits"] if t["trait_definition"]["id"] == "etd_company_tier"]
    assert tier["trait_definition"]["comparable_type"] == "int"
    ok(api.delete("/entity-trait-definitions/etd_company_tier"))
    view = engine_view.company_view(devserver.store, "co_acme")
    assert view is not None
    assert "etd_company_tier" not in {t["trait_definition"]["id"] for t in view["traits"]}


def test_flag_views_are_kept_until_a_flag_or_trait_definition_changes(
    api: httpx.Client, devserver: DevServer, data: dict[str, Any]
) -> None:
    store = devserver.store
    first = engine_view.flags_view(store)
    track(api, "calls", 1, datetime.now(timezone.utc))  # A write that changes no flag view.
    assert all(a is b for a, b in zip(engine_view.flags_view(store), first, strict=True))

    def nobody_condition() -> dict[str, Any]:
        (view,) = engine_view.flags_view(store)
        return dict(view["rules"][0]["condition_groups"][0]["conditions"][3])

    assert "trait_definition" not in nobody_condition()
    define(api, "company", ["nobody_has_this"], "boolean")  # Defining the trait resolves the condition.
    assert nobody_condition()["trait_definition"]["comparable_type"] == "bool"
    ok(api.put("/entity-trait-definitions/etd_company_nobody_has_this", json={"trait_type": "date"}))
    assert nobody_condition()["trait_definition"]["comparable_type"] == "date"
    flag = data["flag"]
    ok(api.put(f"/flags/{flag.id}/rules", json={"rules": []}))
    assert engine_view.flags_view(store)[0]["rules"] == []
    stored = store.flag(flag.id)
    assert stored is not None
    assert engine_view.flag_view(store, stored)["rules"] == []


def test_a_company_view_says_when_time_alone_changes_it(
    api: httpx.Client, devserver: DevServer, data: dict[str, Any]
) -> None:
    """The earliest metric reset (here the current week's and month's) and override expiry: what the
    datastream pushes at."""
    moment = datetime.now(timezone.utc).timestamp()
    week_reset = next_reset("current_week", None, None, int(moment * _NS))
    month_reset = next_reset("current_month", "first_of_month", None, int(moment * _NS))
    assert week_reset is not None and month_reset is not None
    view, changes_at = engine_view.timed_company_view(devserver.store, "co_acme", now=moment)
    assert view is not None
    assert changes_at == pytest.approx(min(week_reset, month_reset) / _NS, abs=0.001)

    feature = ok(api.post("/features", json={"name": "SSO", "description": "", "feature_type": "boolean"}))
    soon = moment + 30
    override = {
        "company_id": "co_acme",
        "feature_id": feature["id"],
        "value_type": "boolean",
        "value_bool": True,
        "expiration_date": datetime.fromtimestamp(soon, timezone.utc).isoformat(),
    }
    ok(api.post("/company-overrides", json=override))
    assert engine_view.timed_company_view(devserver.store, "co_acme", now=moment)[1] == pytest.approx(
        soon, abs=0.001
    )
    assert engine_view.timed_company_view(devserver.store, "nobody", now=moment) == (None, None)
