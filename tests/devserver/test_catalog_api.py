"""The catalog over HTTP: features and their flags, plans and add-ons, entitlements, overrides, company plans,
and the 400s naming the field a request gets wrong."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from schematic_devserver import DevServer
from schematic_devserver.changes import Change


def data(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()["data"]


def error(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    return str(response.json()["error"])


def flag_body(key: str) -> dict[str, Any]:
    return {"key": key, "name": key, "description": "", "default_value": False, "flag_type": "boolean"}


def event_feature(api: httpx.Client, name: str = "API", subtype: str = "api-call", flag: str = "api") -> Any:
    body = {
        "name": name,
        "description": "",
        "feature_type": "event",
        "event_subtype": subtype,
        "flag": flag_body(flag),
    }
    return data(api.post("/features", json=body), 201)


def plan(api: httpx.Client, name: str, plan_type: str = "plan") -> Any:
    return data(api.post("/plans", json={"name": name, "plan_type": plan_type}), 201)


def company(api: httpx.Client, domain: str, **traits: Any) -> Any:
    return data(api.post("/companies", json={"keys": {"domain": domain}, "traits": traits}))


def test_a_feature_carries_its_flag_and_the_plans_that_entitle_it(api: httpx.Client) -> None:
    feature = event_feature(api)
    assert (feature["feature_type"], feature["event_subtype"]) == ("event", "api-call")
    (flag,) = feature["flags"]
    assert (flag["key"], flag["feature_id"]) == ("api", feature["id"])
    free = plan(api, "Free")
    body = {"plan_id": free["id"], "feature_id": feature["id"], "value_type": "numeric", "value_numeric": 5}
    entitlement = data(api.post("/plan-entitlements", json=body), 201)
    assert (entitlement["metric_period"], entitlement["metric_period_month_reset"]) == (
        "all_time",
        "first_of_month",
    )
    assert entitlement["plan"]["name"] == "Free" and entitlement["feature"]["id"] == feature["id"]
    got = data(api.get(f"/features/{feature['id']}"))
    assert [p["name"] for p in got["plans"]] == ["Free"]
    other = data(api.post("/flags", json={**flag_body("api-v2"), "feature_id": feature["id"]}), 201)
    assert {f["key"] for f in data(api.get(f"/features/{feature['id']}"))["flags"]} == {"api", "api-v2"}
    assert data(api.get("/features/count", params={"feature_type": "event"})) == {"count": 1}
    assert data(api.get("/features", params={"without_plan_entitlement_for": free["id"]})) == []
    detail = data(api.get(f"/plans/{free['id']}"))
    assert [f["id"] for f in detail["features"]] == [feature["id"]]
    assert detail["entitlements"][0]["id"] == entitlement["id"]
    assert data(api.delete(f"/features/{feature['id']}")) == {"deleted": True}
    assert data(api.get(f"/flags/{other['id']}"))["feature_id"] is None  # The flags stay, unlinked.
    assert data(api.get("/plan-entitlements/count")) == {"count": 0}
    assert api.get(f"/features/{feature['id']}").status_code == 404


def test_a_trait_feature_names_an_existing_trait_definition(api: httpx.Client) -> None:
    company(api, "a.test", seats=3)
    body = {"name": "Seats", "description": "", "feature_type": "trait"}
    assert error(api.post("/features", json=body)) == "trait_id: required when feature_type is trait"
    assert error(api.post("/features", json={**body, "trait_id": "etd_company_nope"})) == (
        "trait_id: no trait definition etd_company_nope"
    )
    created = data(api.post("/features", json={**body, "trait_id": "etd_company_seats"}), 201)
    assert created["trait"]["hierarchy"] == ["seats"]
    renamed = data(api.put(f"/features/{created['id']}", json={"name": "Team seats"}))
    assert (renamed["name"], renamed["trait_id"]) == ("Team seats", "etd_company_seats")


def test_a_feature_refuses_a_flag_key_already_taken(api: httpx.Client) -> None:
    data(api.post("/flags", json=flag_body("taken")), 201)
    body = {"name": "F", "description": "", "feature_type": "boolean", "flag": flag_body("taken")}
    assert error(api.post("/features", json=body)) == "flag.key: a flag with key 'taken' already exists"
    assert data(api.get("/features/count")) == {"count": 0}
    body = {"name": "E", "description": "", "feature_type": "event"}
    assert error(api.post("/features", json=body)) == "event_subtype: required when feature_type is event"


def test_plans_and_add_ons_are_listed_filtered_and_assigned(api: httpx.Client) -> None:
    free, pro, boost = plan(api, "Free"), plan(api, "Pro"), plan(api, "Boost", "add_on")
    assert [p["name"] for p in data(api.get("/plans", params={"plan_type": "add_on"}))] == ["Boost"]
    assert [p["name"] for p in data(api.get("/plans", params={"q": "pro"}))] == ["Pro"]
    assert data(api.get("/plans/count")) == {"count": 3}
    acme = company(api, "acme.test")
    path = f"/company-plans/{acme['id']}"
    assert error(api.put(path, json={"base_plan_id": "plan_xyz", "add_on_ids": []})) == (
        "base_plan_id: no plan plan_xyz"
    )
    assert error(api.put(path, json={"base_plan_id": boost["id"], "add_on_ids": []})).startswith(
        f"base_plan_id: {boost['id']} is not a plan"
    )
    assert error(api.put(path, json={"base_plan_id": pro["id"], "add_on_ids": [free["id"]]})).startswith(
        "add_on_ids[0]: "
    )
    detail = data(api.put(path, json={"base_plan_id": pro["id"], "add_on_ids": [boost["id"]]}))
    assert detail["plan"]["id"] == pro["id"]
    assert [a["id"] for a in detail["add_ons"]] == [boost["id"]]
    assert [p["id"] for p in detail["plans"]] == [pro["id"], boost["id"]]
    assert [p["name"] for p in data(api.get("/plans", params={"company_id": acme["id"]}))] == ["Pro", "Boost"]
    assert data(api.get(f"/plans/{pro['id']}"))["company_count"] == 1
    renamed = data(api.put(f"/plans/{pro['id']}", json={"name": "Pro 2024", "description": "Teams"}))
    assert (renamed["name"], renamed["plan_type"], renamed["description"]) == ("Pro 2024", "plan", "Teams")
    assert data(api.delete(f"/plans/{pro['id']}")) == {"deleted": True}
    after = data(api.get(f"/companies/{acme['id']}"))
    assert "plan" not in after and [a["id"] for a in after["add_ons"]] == [boost["id"]]
    assert api.put("/company-plans/comp_missing", json={"add_on_ids": []}).status_code == 404


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"value_type": "numeric"}, "value_numeric: required when value_type is numeric"),
        ({"value_type": "numeric", "value_numeric": -1}, "value_numeric: must not be negative"),
        ({"value_type": "boolean"}, "value_bool: required when value_type is boolean"),
        ({"value_type": "trait"}, "value_trait_id: required when value_type is trait"),
        (
            {"value_type": "trait", "value_trait_id": "etd_company_nope"},
            "value_trait_id: no company trait definition etd_company_nope",
        ),
        ({"value_type": "credit"}, "value_credit_id: required when value_type is credit"),
        ({"value_type": "credit", "value_credit_id": "bcrd_nope"}, "value_credit_id: no credit bcrd_nope"),
        ({"value_type": "unknown"}, "value_type: one of boolean, numeric, unlimited, trait or credit"),
        (
            {"value_type": "boolean", "value_bool": True, "metric_period": "current_day"},
            "metric_period: only",
        ),
        ({"value_type": "unlimited", "feature_id": "feat_nope"}, "feature_id: no feature feat_nope"),
        ({"value_type": "unlimited", "plan_id": "plan_xyz"}, "plan_id: no plan plan_xyz"),
    ],
)
def test_a_malformed_plan_entitlement_is_a_400_naming_the_field(
    api: httpx.Client, body: dict[str, Any], message: str
) -> None:
    feature = event_feature(api)
    free = plan(api, "Free")
    request = {"plan_id": free["id"], "feature_id": feature["id"], **body}
    assert error(api.post("/plan-entitlements", json=request)).startswith(message)


def test_value_types_a_feature_type_cannot_hold_are_refused(api: httpx.Client) -> None:
    boolean = data(
        api.post("/features", json={"name": "B", "description": "", "feature_type": "boolean"}), 201
    )
    free = plan(api, "Free")
    body = {"plan_id": free["id"], "feature_id": boolean["id"], "value_type": "numeric", "value_numeric": 1}
    assert error(api.post("/plan-entitlements", json=body)) == (
        f"value_type: numeric needs an event or trait feature; {boolean['id']} is boolean"
    )
    body = {**body, "value_type": "boolean", "value_bool": True}
    data(api.post("/plan-entitlements", json=body), 201)
    assert error(api.post("/plan-entitlements", json=body)) == (
        f"feature_id: plan {free['id']} already has an entitlement for feature {boolean['id']}"
    )


def test_entitlements_update_list_and_delete(api: httpx.Client) -> None:
    feature = event_feature(api)
    free, pro = plan(api, "Free"), plan(api, "Pro")
    ids = []
    for owner, amount in ((free, 10), (pro, 1000)):
        body = {
            "plan_id": owner["id"],
            "feature_id": feature["id"],
            "value_type": "numeric",
            "value_numeric": amount,
        }
        ids.append(data(api.post("/plan-entitlements", json=body), 201)["id"])
    listed = data(api.get("/plan-entitlements", params={"plan_id": pro["id"]}))
    assert [e["value_numeric"] for e in listed] == [1000]
    assert data(api.get("/plan-entitlements/count", params={"feature_id": feature["id"]})) == {"count": 2}
    update = {"value_type": "unlimited"}
    updated = data(api.put(f"/plan-entitlements/{ids[1]}", json=update))
    assert (updated["value_type"], updated["value_numeric"]) == ("unlimited", None)
    assert data(api.get(f"/plan-entitlements/{ids[1]}"))["value_type"] == "unlimited"
    assert data(api.delete(f"/plan-entitlements/{ids[0]}")) == {"deleted": True}
    assert api.get(f"/plan-entitlements/{ids[0]}").status_code == 404
    assert api.delete(f"/plan-entitlements/{ids[0]}").status_code == 404


def test_company_overrides_replace_the_plan_for_that_company(api: httpx.Client) -> None:
    feature = event_feature(api)
    free = plan(api, "Free")
    body = {"plan_id": free["id"], "feature_id": feature["id"], "value_type": "numeric", "value_numeric": 10}
    data(api.post("/plan-entitlements", json=body), 201)
    acme, globex = company(api, "acme.test"), company(api, "globex.test")
    for target in (acme, globex):
        data(api.put(f"/company-plans/{target['id']}", json={"base_plan_id": free["id"], "add_on_ids": []}))
    override = {
        "company_id": acme["id"],
        "feature_id": feature["id"],
        "value_type": "numeric",
        "value_numeric": 500,
        "metric_period": "current_day",
        "note": "Launch week",
    }
    assert error(api.post("/company-overrides", json={**override, "company_id": "comp_nope"})) == (
        "company_id: no company comp_nope"
    )
    created = data(api.post("/company-overrides", json=override), 201)
    assert (created["company_id"], created["metric_period"]) == (acme["id"], "current_day")
    assert [note["note"] for note in created["notes"]] == ["Launch week"]
    by_company = {
        c["id"]: {
            e["feature_key"]: e["allocation"] for e in data(api.get(f"/companies/{c['id']}"))["entitlements"]
        }
        for c in (acme, globex)
    }
    assert by_company == {acme["id"]: {"api": 500}, globex["id"]: {"api": 10}}
    assert data(api.get("/company-overrides/count", params={"company_id": acme["id"]})) == {"count": 1}
    expired = data(
        api.put(
            f"/company-overrides/{created['id']}",
            json={"value_type": "numeric", "value_numeric": 500, "expiration_date": "2001-01-01T00:00:00Z"},
        )
    )
    assert expired["expiration_date"] == "2001-01-01T00:00:00.000Z"
    assert data(api.get("/company-overrides", params={"without_expired": True})) == []
    acme_now = data(api.get(f"/companies/{acme['id']}"))["entitlements"]
    assert [e["allocation"] for e in acme_now] == [10]  # An expired override counts for nothing.
    assert data(api.delete(f"/company-overrides/{created['id']}")) == {"deleted": True}


def test_catalog_writes_record_the_changes_the_datastream_follows(
    devserver: DevServer, api: httpx.Client
) -> None:
    changes: list[Change] = []
    unsubscribe = devserver.store.changes.subscribe(changes.extend)
    try:
        feature = event_feature(api)
        flag_id = feature["flags"][0]["id"]
        free = plan(api, "Free")
        acme = company(api, "acme.test")
        changes.clear()
        data(api.put(f"/company-plans/{acme['id']}", json={"base_plan_id": free["id"], "add_on_ids": []}))
        assert Change("company", acme["id"]) in changes
        changes.clear()
        body = {
            "plan_id": free["id"],
            "feature_id": feature["id"],
            "value_type": "numeric",
            "value_numeric": 1,
        }
        entitlement = data(api.post("/plan-entitlements", json=body), 201)
        assert {Change("plan_entitlement", entitlement["id"], "created"), Change("flag", flag_id)} <= set(
            changes
        )
        assert Change("company", acme["id"]) in changes
        changes.clear()
        data(api.delete(f"/plans/{free['id']}"))
        assert {
            Change("plan", free["id"], "deleted"),
            Change("company", acme["id"]),
            Change("flag", flag_id),
        } <= set(changes)
    finally:
        unsubscribe()


def test_updating_a_feature_with_its_own_flag_updates_that_flag(api: httpx.Client) -> None:
    feature = event_feature(api)
    (flag,) = feature["flags"]
    body = {"flag": {**flag_body("api"), "name": "API calls", "default_value": True}}
    updated = data(api.put(f"/features/{feature['id']}", json=body))
    assert [(f["id"], f["name"], f["default_value"]) for f in updated["flags"]] == [
        (flag["id"], "API calls", True)
    ]
    other = event_feature(api, "Other", "other", "other")
    assert (
        error(api.put(f"/features/{other['id']}", json=body))
        == "flag.key: a flag with key 'api' already exists"
    )


def test_a_deleted_company_leaves_no_plan_seat_override_or_grant_behind(api: httpx.Client) -> None:
    feature = event_feature(api)
    free = plan(api, "Free")
    acme = company(api, "acme.test")
    data(api.put(f"/company-plans/{acme['id']}", json={"base_plan_id": free["id"], "add_on_ids": []}))
    override = {"company_id": acme["id"], "feature_id": feature["id"], "value_type": "unlimited"}
    data(api.post("/company-overrides", json=override), 201)
    credit = data(api.post("/billing/credits", json={"name": "T", "description": "", "currency": "usd"}), 201)
    grant = {"company_id": acme["id"], "credit_id": credit["id"], "quantity": 5, "reason": "free"}
    data(api.post("/billing/credits/grants/company", json=grant), 201)
    assert data(api.get(f"/plans/{free['id']}"))["company_count"] == 1
    data(api.delete(f"/companies/{acme['id']}"))
    assert data(api.get(f"/plans/{free['id']}"))["company_count"] == 0
    assert data(api.get("/company-overrides/count")) == {"count": 0}
    assert data(api.get("/billing/credits/grants/list", params={"credit_id": credit["id"]})) == []


def test_a_trait_definitions_usage_counts_the_catalog_on_it(api: httpx.Client) -> None:
    acme = company(api, "acme.test", seats=3, call_limit=10)
    body = {"name": "Seats", "description": "", "feature_type": "trait", "trait_id": "etd_company_seats"}
    data(api.post("/features", json=body), 201)
    calls = event_feature(api)
    free = plan(api, "Free")
    limit = {"feature_id": calls["id"], "value_type": "trait", "value_trait_id": "etd_company_call_limit"}
    data(api.post("/plan-entitlements", json={**limit, "plan_id": free["id"]}), 201)
    data(api.post("/company-overrides", json={**limit, "company_id": acme["id"]}), 201)
    seats = data(api.get("/entity-trait-definitions/etd_company_seats/usage"))
    assert (seats["feature_count"], seats["plan_entitlement_count"], seats["company_override_count"]) == (
        1,
        0,
        0,
    )
    limits = data(api.get("/entity-trait-definitions/etd_company_call_limit/usage"))
    assert (limits["feature_count"], limits["plan_entitlement_count"], limits["company_override_count"]) == (
        0,
        1,
        1,
    )
