"""Counts of every stored resource, create and delete-by-keys, and company memberships."""

from __future__ import annotations

import httpx


def count(api: httpx.Client, path: str, **params: object) -> int:
    response = api.get(path, params=params)
    assert response.status_code == 200, response.text
    return int(response.json()["data"]["count"])


def test_counts_follow_the_list_filters(api: httpx.Client) -> None:
    assert count(api, "/companies/count") == 0
    acme = api.post("/companies", json={"keys": {"domain": "acme.test"}, "name": "Acme"}).json()["data"]
    api.post("/companies", json={"keys": {"domain": "globex.test"}, "name": "Globex"})
    api.post("/users", json={"keys": {"email": "ada@acme.test"}, "company": {"domain": "acme.test"}})
    api.post("/users", json={"keys": {"email": "bob@else.test"}})
    assert count(api, "/companies/count") == 2
    assert count(api, "/companies/count", q="glob") == 1
    assert count(api, "/companies/count", ids=[acme["id"]]) == 1
    assert count(api, "/companies/count", limit=1) == 2  # Paging does not shrink a count.
    assert count(api, "/users/count") == 2
    assert count(api, "/users/count", company_id=acme["id"]) == 1
    for key in ("a", "b", "c"):
        api.post("/flags", json={"key": key, "name": key.upper(), "description": ""})
    assert count(api, "/flags/count") == 3
    assert count(api, "/flags/count", q="b") == 1
    assert count(api, "/entity-keys/count") == 4
    assert count(api, "/entity-keys/count", entity_type="user") == 2
    assert count(api, "/entity-keys/count", definition_id="ekd_company_domain") == 2
    assert count(api, "/entity-keys/count", definition_id="ekd_company_nope") == 0
    assert count(api, "/entity-key-definitions/count") == 2
    definitions = api.get("/entity-key-definitions", params={"entity_type": "company"}).json()["data"]
    assert [(d["id"], d["key"]) for d in definitions] == [("ekd_company_domain", "domain")]


def test_create_is_an_upsert_answered_201(api: httpx.Client) -> None:
    created = api.post("/companies/create", json={"keys": {"domain": "acme.test"}, "name": "Acme"})
    assert created.status_code == 201
    again = api.post("/companies/create", json={"keys": {"domain": "acme.test"}, "traits": {"seats": 3}})
    assert again.json()["data"]["id"] == created.json()["data"]["id"]
    assert again.json()["data"]["traits"] == {"seats": 3}
    user = api.post(
        "/users/create", json={"keys": {"email": "ada@acme.test"}, "company": {"domain": "acme.test"}}
    )
    assert user.status_code == 201
    assert [m["company_id"] for m in user.json()["data"]["company_memberships"]] == [
        created.json()["data"]["id"]
    ]


def test_delete_by_keys(api: httpx.Client) -> None:
    company = api.post("/companies", json={"keys": {"domain": "acme.test"}, "name": "Acme"}).json()["data"]
    api.post("/users", json={"keys": {"email": "ada@acme.test"}, "name": "Ada"})
    deleted = api.post("/companies/delete", json={"keys": {"domain": "acme.test"}})
    assert deleted.status_code == 200
    assert (deleted.json()["data"]["id"], deleted.json()["data"]["name"]) == (company["id"], "Acme")
    assert api.get(f"/companies/{company['id']}").status_code == 404
    assert api.post("/companies/delete", json={"keys": {"domain": "acme.test"}}).status_code == 404
    user = api.post("/users/delete", json={"keys": {"email": "ada@acme.test"}})
    assert user.status_code == 200 and user.json()["data"]["name"] == "Ada"
    assert count(api, "/users/count") == 0


def test_memberships_list_create_and_delete(api: httpx.Client) -> None:
    acme = api.post("/companies", json={"keys": {"domain": "acme.test"}}).json()["data"]
    globex = api.post("/companies", json={"keys": {"domain": "globex.test"}}).json()["data"]
    ada = api.post("/users", json={"keys": {"email": "ada@acme.test"}, "company_id": acme["id"]}).json()[
        "data"
    ]
    listed = api.get("/company-memberships", params={"user_id": ada["id"]}).json()["data"]
    assert [(m["company_id"], m["company"]["id"]) for m in listed] == [(acme["id"], acme["id"])]
    added = api.post("/company-memberships", json={"user_id": ada["id"], "company_id": globex["id"]})
    assert added.status_code == 200
    again = api.post("/company-memberships", json={"user_id": ada["id"], "company_id": globex["id"]})
    assert again.json()["data"]["id"] == added.json()["data"]["id"]
    assert len(api.get("/company-memberships", params={"user_id": ada["id"]}).json()["data"]) == 2
    assert len(api.get("/company-memberships", params={"company_id": globex["id"]}).json()["data"]) == 1
    missing = api.post("/company-memberships", json={"user_id": "user_nope", "company_id": globex["id"]})
    assert missing.status_code == 404
    gone = api.delete(f"/company-memberships/{added.json()['data']['id']}")
    assert gone.json()["data"] == {"deleted": True}
    assert api.delete(f"/company-memberships/{added.json()['data']['id']}").status_code == 404
    assert [
        m["company_id"] for m in api.get(f"/users/{ada['id']}").json()["data"]["company_memberships"]
    ] == [acme["id"]]
