"""Seed files: the shipped example, idempotent re-application, and errors naming the entry."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

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
        ({"plans": []}, "unknown sections"),
    ],
)
def test_bad_seed_names_the_entry(seed: dict[str, object], message: str) -> None:
    with pytest.raises(SeedError, match=message.replace("[", r"\[").replace("]", r"\]")):
        DevServer(seed=seed)
