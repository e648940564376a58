"""Companies and users: upsert by keys, lookup, list, delete, traits and memberships."""

from __future__ import annotations

from typing import Any

import httpx


def upsert(api: httpx.Client, path: str, **body: Any) -> httpx.Response:
    return api.post(path, json=body)


def keys_of(entity: dict[str, Any]) -> dict[str, str]:
    return {key["key"]: key["value"] for key in entity["keys"]}


def test_upsert_merges_keys_and_traits(api: httpx.Client) -> None:
    first = upsert(
        api, "/companies", keys={"domain": "acme.test"}, name="Acme", traits={"plan": "pro", "seats": 3}
    )
    assert first.status_code == 200
    company = first.json()["data"]
    second = upsert(
        api, "/companies", keys={"domain": "acme.test", "stripe": "cus_1"}, traits={"seats": 4, "plan": None}
    )
    merged = second.json()["data"]
    assert merged["id"] == company["id"]
    assert merged["name"] == "Acme"
    assert keys_of(merged) == {"domain": "acme.test", "stripe": "cus_1"}
    assert merged["traits"] == {"seats": 4}
    # Matched by the new key alone.
    third = upsert(api, "/companies", keys={"stripe": "cus_1"}, name="Acme Inc").json()["data"]
    assert (third["id"], third["name"]) == (company["id"], "Acme Inc")
    assert len(api.get("/companies").json()["data"]) == 1


def test_update_only_and_remove_keys(api: httpx.Client) -> None:
    missing = upsert(api, "/companies", keys={"domain": "ghost.test"}, update_only=True)
    assert missing.status_code == 404
    assert api.get("/companies").json()["data"] == []
    upsert(api, "/companies", keys={"domain": "a.test", "old": "1"})
    updated = upsert(api, "/companies", keys={"domain": "a.test"}, remove_keys=["old"], update_only=True)
    assert updated.status_code == 200
    assert keys_of(updated.json()["data"]) == {"domain": "a.test"}
    assert api.get("/companies/lookup", params={"keys[old]": "1"}).status_code == 404


def test_lookup_get_list_delete(api: httpx.Client) -> None:
    ids = [
        upsert(api, "/companies", keys={"domain": f"c{i}.test"}, name=f"C{i}").json()["data"]["id"]
        for i in range(3)
    ]
    found = api.get("/companies/lookup", params={"keys[domain]": "c1.test"})
    assert found.json()["data"]["id"] == ids[1]
    assert api.get(f"/companies/{ids[2]}").json()["data"]["name"] == "C2"
    page = api.get("/companies", params={"limit": 2, "offset": 1}).json()
    assert [c["id"] for c in page["data"]] == ids[1:]
    assert page["params"] == {"limit": 2, "offset": 1}
    assert [
        c["id"] for c in api.get("/companies", params=[("ids", ids[0]), ("ids", ids[2])]).json()["data"]
    ] == [
        ids[0],
        ids[2],
    ]
    assert [c["name"] for c in api.get("/companies", params={"q": "c1"}).json()["data"]] == ["C1"]
    assert api.delete(f"/companies/{ids[0]}").json()["data"] == {"deleted": True}
    assert api.get(f"/companies/{ids[0]}").status_code == 404
    assert api.get("/companies/lookup", params={"keys[domain]": "c0.test"}).status_code == 404
    assert api.delete(f"/companies/{ids[0]}").status_code == 404


def test_lookup_without_keys_finds_nothing(api: httpx.Client) -> None:
    # deepObject: an empty map serialises to no parameters at all, so this is keys={}.
    upsert(api, "/companies", keys={"domain": "a.test"})
    assert api.get("/companies/lookup").status_code == 404


def test_user_memberships_and_user_count(api: httpx.Client) -> None:
    acme = upsert(api, "/companies", keys={"domain": "acme.test"}, name="Acme").json()["data"]["id"]
    response = upsert(
        api,
        "/users",
        keys={"email": "ada@acme.test"},
        name="Ada",
        traits={"role": "admin"},
        company={"domain": "acme.test"},
        companies=[{"domain": "new.test"}],
    )
    assert response.status_code == 200
    user = response.json()["data"]
    member_of = {m["company_id"] for m in user["company_memberships"]}
    new_company = api.get("/companies/lookup", params={"keys[domain]": "new.test"}).json()["data"]["id"]
    assert member_of == {acme, new_company}
    assert api.get(f"/companies/{acme}").json()["data"]["user_count"] == 1
    assert [u["id"] for u in api.get("/users", params={"company_id": acme}).json()["data"]] == [user["id"]]
    assert api.get("/users", params={"company_id": "comp_none"}).json()["data"] == []
    unknown = upsert(api, "/users", keys={"email": "x"}, company_id="comp_missing")
    assert unknown.status_code == 404
    by_id = upsert(api, "/users", keys={"email": "bob@acme.test"}, company_ids=[acme]).json()["data"]
    assert [m["company_id"] for m in by_id["company_memberships"]] == [acme]
    assert api.get("/users/lookup", params={"keys[email]": "ada@acme.test"}).json()["data"]["name"] == "Ada"
    assert api.get(f"/users/{user['id']}").json()["data"]["traits"] == {"role": "admin"}
    assert api.delete(f"/users/{user['id']}").status_code == 200
    assert api.get(f"/users/{user['id']}").status_code == 404
    assert api.get(f"/companies/{acme}").json()["data"]["user_count"] == 1


def test_traits_set_incr_and_update_only(api: httpx.Client) -> None:
    url = "/user-traits"
    created = api.post(url, json={"keys": {"email": "t@x"}, "trait": "logins", "incr": 2})
    assert created.status_code == 200
    assert created.json()["data"]["traits"] == {"logins": 2}
    assert api.post(url, json={"keys": {"email": "t@x"}, "trait": "logins", "incr": 3}).json()["data"][
        "traits"
    ] == {"logins": 5}
    assert api.post(url, json={"keys": {"email": "t@x"}, "trait": "tier", "set": "gold"}).json()["data"][
        "traits"
    ] == {
        "logins": 5,
        "tier": "gold",
    }
    assert api.post(url, json={"keys": {"email": "t@x"}, "trait": "tier", "set": None}).json()["data"][
        "traits"
    ] == {"logins": 5}
    assert (
        api.post(
            url, json={"keys": {"email": "ghost"}, "trait": "x", "set": "1", "update_only": True}
        ).status_code
        == 404
    )
    company = api.post("/company-traits", json={"keys": {"domain": "c"}, "trait": "seats", "incr": 7})
    assert company.json()["data"]["traits"] == {"seats": 7}
    entity_traits = company.json()["data"]["entity_traits"]
    assert [t["value"] for t in entity_traits] == ["7"]
