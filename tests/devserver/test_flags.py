"""Flags over HTTP: CRUD, rules, and checks that fail on a wrong evaluation of each rule type."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from schematic_ext._rules import REASON_NO_RULES_MATCHED

UTC = timezone.utc


def create_flag(api: httpx.Client, key: str, default: bool = False) -> dict[str, Any]:
    body = {
        "key": key,
        "name": key.title(),
        "description": "",
        "default_value": default,
        "flag_type": "boolean",
    }
    response = api.post("/flags", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json()["data"])


def condition(condition_type: str, **fields: Any) -> dict[str, Any]:
    return {
        "condition_type": condition_type,
        "operator": fields.pop("operator", "eq"),
        "resource_ids": [],
        **fields,
    }


def rule(
    name: str,
    value: bool,
    priority: int,
    conditions: list[Any],
    groups: list[Any] | None = None,
    rule_type: str = "standard",
) -> dict[str, Any]:
    return {
        "name": name,
        "value": value,
        "priority": priority,
        "rule_type": rule_type,
        "conditions": conditions,
        "condition_groups": [{"conditions": group} for group in groups or []],
    }


def set_rules(api: httpx.Client, flag: dict[str, Any], *rules: dict[str, Any]) -> list[dict[str, Any]]:
    response = api.put(f"/flags/{flag['id']}/rules", json={"rules": list(rules)})
    assert response.status_code == 200, response.text
    return list(response.json()["data"]["rules"])


def company(api: httpx.Client, domain: str, **traits: Any) -> str:
    response = api.post("/companies", json={"keys": {"domain": domain}, "name": domain, "traits": traits})
    assert response.status_code == 200
    return str(response.json()["data"]["id"])


def user(api: httpx.Client, email: str, **traits: Any) -> str:
    response = api.post("/users", json={"keys": {"email": email}, "name": email, "traits": traits})
    assert response.status_code == 200
    return str(response.json()["data"]["id"])


def check(api: httpx.Client, key: str, **context: Any) -> dict[str, Any]:
    response = api.post(f"/flags/{key}/check", json=context)
    assert response.status_code == 200, response.text
    return dict(response.json()["data"])


def track(
    api: httpx.Client, domain: str, event: str, quantity: int = 1, sent_at: datetime | None = None
) -> None:
    payload: dict[str, Any] = {
        "event_type": "track",
        "body": {"event": event, "company": {"domain": domain}, "quantity": quantity},
    }
    if sent_at is not None:
        payload.update(sent_at=sent_at.isoformat().replace("+00:00", "Z"), trusted_client_clock=True)
    assert api.post("/events", json=payload).status_code == 201


def test_crud(api: httpx.Client) -> None:
    flag = create_flag(api, "crud")
    assert flag["rules"] == []
    assert api.get(f"/flags/{flag['id']}").json()["data"]["key"] == "crud"
    updated = api.put(
        f"/flags/{flag['id']}",
        json={
            "key": "crud2",
            "name": "Renamed",
            "description": "d",
            "default_value": True,
            "flag_type": "boolean",
        },
    )
    assert updated.status_code == 200
    assert updated.json()["data"]["name"] == "Renamed"
    create_flag(api, "other")
    assert [f["key"] for f in api.get("/flags").json()["data"]] == ["crud2", "other"]
    assert [f["key"] for f in api.get("/flags", params={"q": "oth"}).json()["data"]] == ["other"]
    assert [f["key"] for f in api.get("/flags", params={"limit": 1, "offset": 1}).json()["data"]] == ["other"]
    assert [f["key"] for f in api.get("/flags", params=[("ids", flag["id"])]).json()["data"]] == ["crud2"]
    duplicate = api.post(
        "/flags",
        json={"key": "other", "name": "x", "description": "", "default_value": False, "flag_type": "boolean"},
    )
    assert duplicate.status_code == 400
    assert "key" in duplicate.json()["error"]
    assert api.delete(f"/flags/{flag['id']}").json()["data"] == {"deleted": True}
    assert api.get(f"/flags/{flag['id']}").status_code == 404
    assert api.delete(f"/flags/{flag['id']}").status_code == 404


def test_create_and_update_without_default_value_or_flag_type(api: httpx.Client) -> None:
    """As schematichq 1.4.6 sends them: a new flag defaults to a false boolean, an update keeps both."""
    created = api.post("/flags", json={"key": "sdk", "name": "SDK", "description": ""})
    assert created.status_code == 201, created.text
    flag = created.json()["data"]
    assert (flag["default_value"], flag["flag_type"]) == (False, "boolean")
    api.put(
        f"/flags/{flag['id']}",
        json={"key": "sdk", "name": "SDK", "description": "", "default_value": True, "flag_type": "boolean"},
    )
    updated = api.put(f"/flags/{flag['id']}", json={"key": "sdk", "name": "Renamed", "description": "d"})
    assert updated.status_code == 200, updated.text
    assert (updated.json()["data"]["name"], updated.json()["data"]["default_value"]) == ("Renamed", True)
    missing = api.put("/flags/flag_missing", json={"key": "k", "name": "n", "description": ""})
    assert missing.status_code == 404


def test_unknown_flag_is_404_not_500(api: httpx.Client) -> None:
    response = api.post("/flags/missing/check", json={"company": {"domain": "x"}})
    assert response.status_code == 404
    assert "missing" in response.json()["error"]


def test_default_value_and_unknown_context(api: httpx.Client) -> None:
    create_flag(api, "on", default=True)
    result = check(api, "on", company={"domain": "nobody.test"}, user={"email": "nobody"})
    assert result["value"] is True
    assert result["reason"] == REASON_NO_RULES_MATCHED
    assert result["company_id"] is None
    assert result["user_id"] is None
    assert result["rule_id"] is None


def test_company_condition(api: httpx.Client) -> None:
    acme = company(api, "acme.test")
    company(api, "globex.test")
    flag = create_flag(api, "beta")
    rules = set_rules(api, flag, rule("acme only", True, 1, [condition("company", resource_ids=[acme])]))
    hit = check(api, "beta", company={"domain": "acme.test"})
    assert (hit["value"], hit["rule_id"], hit["rule_type"], hit["company_id"]) == (
        True,
        rules[0]["id"],
        "standard",
        acme,
    )
    assert rules[0]["conditions"][0]["resources"] == [{"id": acme, "name": "acme.test"}]
    assert check(api, "beta", company={"domain": "globex.test"})["value"] is False
    set_rules(
        api, flag, rule("not acme", True, 1, [condition("company", operator="ne", resource_ids=[acme])])
    )
    assert check(api, "beta", company={"domain": "acme.test"})["value"] is False
    assert check(api, "beta", company={"domain": "globex.test"})["value"] is True


def test_user_condition(api: httpx.Client) -> None:
    ada = user(api, "ada@x.test")
    user(api, "bob@x.test")
    flag = create_flag(api, "u")
    set_rules(api, flag, rule("ada", True, 1, [condition("user", resource_ids=[ada])]))
    result = check(api, "u", user={"email": "ada@x.test"})
    assert (result["value"], result["user_id"]) == (True, ada)
    assert check(api, "u", user={"email": "bob@x.test"})["value"] is False
    assert check(api, "u")["value"] is False


@pytest.mark.parametrize(
    ("operator", "value", "matches_at_10", "matches_at_50", "matches_at_90"),
    [
        ("eq", "50", False, True, False),
        ("ne", "50", True, False, True),
        ("gt", "50", False, False, True),
        ("gte", "50", False, True, True),
        ("lt", "50", True, False, False),
        ("lte", "50", True, True, False),
    ],
)
def test_trait_comparisons_are_numeric(
    api: httpx.Client,
    operator: str,
    value: str,
    matches_at_10: bool,
    matches_at_50: bool,
    matches_at_90: bool,
) -> None:
    for seats in (10, 50, 90):
        company(api, f"c{seats}.test", seats=seats)
    flag = create_flag(api, "seats")
    set_rules(
        api,
        flag,
        rule("seats", True, 1, [condition("trait", operator=operator, trait_id="seats", trait_value=value)]),
    )
    # Numeric, not lexicographic: "9" > "50" as strings but 9 < 50.
    assert [check(api, "seats", company={"domain": f"c{s}.test"})["value"] for s in (10, 50, 90)] == [
        matches_at_10,
        matches_at_50,
        matches_at_90,
    ]


def test_trait_emptiness_and_user_traits(api: httpx.Client) -> None:
    company(api, "with.test", plan="pro")
    company(api, "without.test")
    user(api, "vip@x.test", tier="gold")
    flag = create_flag(api, "plan")
    set_rules(
        api, flag, rule("has plan", True, 1, [condition("trait", operator="not_empty", trait_id="plan")])
    )
    assert check(api, "plan", company={"domain": "with.test"})["value"] is True
    assert check(api, "plan", company={"domain": "without.test"})["value"] is False
    set_rules(api, flag, rule("no plan", True, 1, [condition("trait", operator="is_empty", trait_id="plan")]))
    assert check(api, "plan", company={"domain": "with.test"})["value"] is False
    assert check(api, "plan", company={"domain": "without.test"})["value"] is True
    set_rules(api, flag, rule("gold", True, 1, [condition("trait", trait_id="tier", trait_value="gold")]))
    assert (
        check(api, "plan", company={"domain": "without.test"}, user={"email": "vip@x.test"})["value"] is True
    )
    assert check(api, "plan", company={"domain": "without.test"})["value"] is False


def test_trait_set_and_incr_feed_rules(api: httpx.Client) -> None:
    company(api, "t.test")
    flag = create_flag(api, "big")
    set_rules(
        api,
        flag,
        rule("big", True, 1, [condition("trait", operator="gte", trait_id="seats", trait_value="3")]),
    )
    assert check(api, "big", company={"domain": "t.test"})["value"] is False
    for _ in range(3):
        assert (
            api.post(
                "/company-traits", json={"keys": {"domain": "t.test"}, "trait": "seats", "incr": 1}
            ).status_code
            == 200
        )
    assert check(api, "big", company={"domain": "t.test"})["value"] is True
    api.post("/company-traits", json={"keys": {"domain": "t.test"}, "trait": "seats", "set": "1"})
    assert check(api, "big", company={"domain": "t.test"})["value"] is False


def test_rules_in_priority_order_and_groups_or(api: httpx.Client) -> None:
    acme = company(api, "acme.test", plan="pro")
    company(api, "other.test", plan="free")
    company(api, "third.test", plan="team")
    flag = create_flag(api, "prio", default=True)
    rules = set_rules(
        api,
        flag,
        rule("later", True, 2, [condition("company", resource_ids=[acme])]),
        rule("first", False, 1, [condition("trait", trait_id="plan", trait_value="pro")]),
        rule(
            "group",
            False,
            3,
            [],
            groups=[
                [
                    condition("trait", trait_id="plan", trait_value="free"),
                    condition("trait", trait_id="plan", trait_value="x"),
                ]
            ],
        ),
    )
    result = check(api, "prio", company={"domain": "acme.test"})
    assert (result["value"], result["rule_id"]) == (False, rules[1]["id"])
    assert check(api, "prio", company={"domain": "other.test"})["rule_id"] == rules[2]["id"]
    third = check(api, "prio", company={"domain": "third.test"})
    assert (third["value"], third["rule_id"]) == (True, None)


def test_all_conditions_of_a_rule_must_match(api: httpx.Client) -> None:
    acme = company(api, "acme.test", plan="pro")
    company(api, "pro.test", plan="pro")
    flag = create_flag(api, "and")
    set_rules(
        api,
        flag,
        rule(
            "both",
            True,
            1,
            [
                condition("company", resource_ids=[acme]),
                condition("trait", trait_id="plan", trait_value="pro"),
            ],
        ),
    )
    assert check(api, "and", company={"domain": "acme.test"})["value"] is True
    assert check(api, "and", company={"domain": "pro.test"})["value"] is False


def metric_rule(limit: int, period: str, operator: str = "lt") -> dict[str, Any]:
    """A plan entitlement metered by usage of api-call: the engine reports usage of the rule that decides."""
    return rule(
        "under limit",
        True,
        1,
        [
            condition(
                "metric",
                operator=operator,
                event_subtype="api-call",
                metric_value=limit,
                metric_period=period,
            )
        ],
        rule_type="plan_entitlement",
    )


def usage_fields(result: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(
        result.get(f"feature_{name}")
        for name in ("allocation", "usage", "usage_event", "usage_period", "usage_reset_at")
    )


def test_metric_counts_quantity_of_company_track_events(api: httpx.Client) -> None:
    company(api, "m.test")
    company(api, "else.test")
    flag = create_flag(api, "metered")
    rules = set_rules(api, flag, metric_rule(10, "all_time"))
    assert check(api, "metered", company={"domain": "m.test"})["value"] is True
    track(api, "m.test", "api-call", quantity=6)
    track(api, "m.test", "other-event", quantity=50)
    track(api, "else.test", "api-call", quantity=50)
    under = check(api, "metered", company={"domain": "m.test"})
    assert (under["value"], under["rule_id"], under["rule_type"]) == (
        True,
        rules[0]["id"],
        "plan_entitlement",
    )
    assert usage_fields(under) == (10, 6, "api-call", "all_time", None)
    track(api, "m.test", "api-call", quantity=4)
    over = check(api, "metered", company={"domain": "m.test"})
    # At the allocation the rule no longer matches: the flag's default, and no rule to report usage of.
    assert (over["value"], over["reason"], over["rule_id"]) == (False, REASON_NO_RULES_MATCHED, None)
    assert usage_fields(over) == (None,) * 5
    assert "entitlement" not in over  # Entitlements come from plans and overrides only.
    assert rules[0]["conditions"][0]["metric_value"] == 10


def _midnight(now: datetime) -> datetime:
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


@pytest.mark.parametrize(
    ("period", "period_start"),
    [
        ("current_day", _midnight),
        # Weeks start on Sunday, as in Schematic's engine.
        ("current_week", lambda now: _midnight(now) - timedelta(days=(now.weekday() + 1) % 7)),
        ("current_month", lambda now: _midnight(now).replace(day=1)),
    ],
)
def test_metric_periods_only_count_events_in_the_period(
    api: httpx.Client, period: str, period_start: Any
) -> None:
    now = datetime.now(UTC)
    company(api, "p.test")
    flag = create_flag(api, "periodic")
    set_rules(api, flag, metric_rule(5, period, operator="gte"))
    track(api, "p.test", "api-call", quantity=100, sent_at=period_start(now) - timedelta(seconds=1))
    result = check(api, "periodic", company={"domain": "p.test"})
    assert (result["value"], result["rule_id"]) == (False, None)
    track(api, "p.test", "api-call", quantity=5, sent_at=period_start(now))
    result = check(api, "periodic", company={"domain": "p.test"})
    assert (result["value"], result["rule_type"]) == (True, "plan_entitlement")
    allocation, usage, event, usage_period, reset_at = usage_fields(result)
    assert (allocation, usage, event, usage_period) == (5, 5, "api-call", period)
    assert datetime.fromisoformat(reset_at.replace("Z", "+00:00")) > now


def test_check_flags_and_bulk(api: httpx.Client) -> None:
    acme = company(api, "acme.test")
    company(api, "globex.test")
    flag = create_flag(api, "a")
    create_flag(api, "b", default=True)
    set_rules(api, flag, rule("acme", True, 1, [condition("company", resource_ids=[acme])]))
    response = api.post("/flags/check", json={"company": {"domain": "acme.test"}})
    assert response.status_code == 201
    flags = {f["flag"]: f["value"] for f in response.json()["data"]["flags"]}
    assert flags == {"a": True, "b": True}
    bulk = api.post(
        "/flags/check-bulk",
        json={"contexts": [{"company": {"domain": "acme.test"}}, {"company": {"domain": "globex.test"}}]},
    )
    assert bulk.status_code == 201
    results = [{f["flag"]: f["value"] for f in ctx["flags"]} for ctx in bulk.json()["data"]["data"]]
    assert results == [{"a": True, "b": True}, {"a": False, "b": True}]


def test_rules_replace_and_unknown_flag(api: httpx.Client) -> None:
    flag = create_flag(api, "r")
    set_rules(api, flag, rule("x", True, 1, []))
    assert check(api, "r")["value"] is True
    set_rules(api, flag)
    assert check(api, "r")["value"] is False
    assert api.put("/flags/flag_nope/rules", json={"rules": []}).status_code == 404
