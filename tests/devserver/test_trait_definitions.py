"""Entity trait definitions: created with their type when a trait is first set, or explicitly."""

from __future__ import annotations

from typing import Any

import httpx


def definitions(api: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    response = api.get("/entity-trait-definitions", params=params)
    assert response.status_code == 200, response.text
    return list(response.json()["data"])


def test_setting_traits_defines_them_with_the_type_of_their_value(api: httpx.Client) -> None:
    api.post(
        "/companies",
        json={
            "keys": {"domain": "acme.test"},
            "traits": {"plan": "pro", "seats": 25, "sso": True, "gone": None},
        },
    )
    api.post("/user-traits", json={"keys": {"email": "ada@acme.test"}, "trait": "logins", "incr": 2})
    found = {
        (d["entity_type"], d["display_name"]): (d["id"], d["trait_type"], d["hierarchy"])
        for d in definitions(api)
    }
    assert found == {
        ("company", "plan"): ("etd_company_plan", "string", ["plan"]),
        ("company", "seats"): ("etd_company_seats", "number", ["seats"]),
        ("company", "sso"): ("etd_company_sso", "boolean", ["sso"]),
        ("user", "logins"): ("etd_user_logins", "number", ["logins"]),
    }
    company = api.get("/companies/lookup", params={"keys[domain]": "acme.test"}).json()["data"]
    assert {t["definition_id"] for t in company["entity_traits"]} == {
        "etd_company_plan",
        "etd_company_seats",
        "etd_company_sso",
    }
    assert [d["id"] for d in definitions(api, entity_type="user")] == ["etd_user_logins"]
    assert [d["id"] for d in definitions(api, trait_type="boolean")] == ["etd_company_sso"]
    assert len(definitions(api, trait_types=["number", "boolean"])) == 3
    assert api.get("/entity-trait-definitions/count", params={"q": "se"}).json()["data"] == {"count": 1}


def test_get_or_create_keeps_a_declared_type(api: httpx.Client) -> None:
    body = {
        "entity_type": "company",
        "hierarchy": ["renewal"],
        "trait_type": "date",
        "display_name": "Renewal",
    }
    created = api.post("/entity-trait-definitions", json=body)
    assert created.status_code == 200, created.text
    definition = created.json()["data"]
    assert (definition["id"], definition["trait_type"]) == ("etd_company_renewal", "date")
    # A later value neither re-types it nor creates another definition.
    api.post("/companies", json={"keys": {"domain": "acme.test"}, "traits": {"renewal": "2025-01-01"}})
    again = api.post("/entity-trait-definitions", json={**body, "trait_type": "string"}).json()["data"]
    assert again == definition
    assert api.get(f"/entity-trait-definitions/{definition['id']}").json()["data"] == definition
    updated = api.put(f"/entity-trait-definitions/{definition['id']}", json={"trait_type": "string"})
    assert (updated.json()["data"]["trait_type"], updated.json()["data"]["display_name"]) == (
        "string",
        "Renewal",
    )
    empty = api.post("/entity-trait-definitions", json={**body, "hierarchy": []})
    assert empty.status_code == 400
    assert api.delete(f"/entity-trait-definitions/{definition['id']}").json()["data"] == {"deleted": True}
    assert api.get(f"/entity-trait-definitions/{definition['id']}").status_code == 404
    assert (
        api.put(f"/entity-trait-definitions/{definition['id']}", json={"trait_type": "url"}).status_code
        == 404
    )


def test_nested_traits_values_and_counts(api: httpx.Client) -> None:
    api.post(
        "/entity-trait-definitions",
        json={"entity_type": "company", "hierarchy": ["address", "city"], "trait_type": "string"},
    )
    for domain, city, seats in (("a.test", "Paris", 5), ("b.test", "Lima", 5), ("c.test", "Paris", 9)):
        api.post(
            "/companies",
            json={"keys": {"domain": domain}, "traits": {"address": {"city": city}, "seats": seats}},
        )
    cities = api.get("/entity-trait-values", params={"definition_id": "etd_company_address.city"}).json()[
        "data"
    ]
    assert cities == [
        {"definition_id": "etd_company_address.city", "value": "Paris"},
        {"definition_id": "etd_company_address.city", "value": "Lima"},
    ]
    seats = api.get("/entity-trait-values", params={"definition_id": "etd_company_seats", "q": "9"}).json()[
        "data"
    ]
    assert seats == [{"definition_id": "etd_company_seats", "value": "9"}]
    assert api.get("/entity-trait-values", params={"definition_id": "etd_nope"}).status_code == 404
    count = api.get("/entity-traits/count", params={"definition_id": "etd_company_seats"}).json()["data"]
    assert count == {"count": 3}
    assert api.get("/entity-traits/count", params={"entity_type": "company"}).json()["data"] == {"count": 6}
    assert api.get("/entity-traits/count", params={"entity_type": "user"}).json()["data"] == {"count": 0}


def test_usage_counts_the_rule_conditions_on_a_trait(api: httpx.Client) -> None:
    api.post("/companies", json={"keys": {"domain": "acme.test"}, "traits": {"seats": 25}})
    flag = api.post("/flags", json={"key": "big", "name": "Big", "description": ""}).json()["data"]
    condition = {"condition_type": "trait", "operator": "gte", "trait_value": "10", "resource_ids": []}
    rules = [
        {
            "name": "by name",
            "priority": 1,
            "value": True,
            "conditions": [{**condition, "trait_id": "seats"}],
            "condition_groups": [{"conditions": [{**condition, "trait_id": "etd_company_seats"}]}],
        }
    ]
    assert api.put(f"/flags/{flag['id']}/rules", json={"rules": rules}).status_code == 200
    usage = api.get("/entity-trait-definitions/etd_company_seats/usage").json()["data"]
    assert usage["rule_condition_count"] == 2
    assert usage["feature_count"] == usage["plan_trait_count"] == 0
