"""Flag rules as the devserver's checks evaluate them: its engine view under the shared rules engine, over HTTP.

Every case pairs a matching and a non-matching input so a wrong evaluation fails. Where the devserver's
old evaluator differed from Schematic's engine, these follow the engine (the agreement itself is proven
in tests/rules/test_rest_oracle.py): weeks start on Sunday, trait conditions compare by the trait
definition's type, usage fields come from entitlement rules, and the no-match reason is the engine's.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from schematic_devserver import DevServer

from schematic_ext._rules import REASON_NO_RULES_MATCHED

ACME, GLOBEX = "co_acme", "co_globex"
ALICE, BOB = "user_alice", "user_bob"


class Api:
    """The REST calls these tests make, on one devserver."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def ok(self, response: httpx.Response) -> Any:
        assert response.status_code in (200, 201), response.text
        return response.json()["data"]

    def company(self, company_id: str, **traits: Any) -> None:
        body = {"id": company_id, "keys": {"domain": f"{company_id}.test"}, "traits": traits}
        self.ok(self.client.post("/companies", json=body))

    def user(self, user_id: str, **traits: Any) -> None:
        body = {"id": user_id, "keys": {"email": f"{user_id}@test"}, "traits": traits}
        self.ok(self.client.post("/users", json=body))

    def define(self, entity_type: str, name: str, trait_type: str) -> str:
        body = {"entity_type": entity_type, "hierarchy": [name], "trait_type": trait_type}
        return str(self.ok(self.client.post("/entity-trait-definitions", json=body))["id"])

    def flag(self, *rules: dict[str, Any], default: bool = False, key: str = "f") -> list[dict[str, Any]]:
        """Create the flag with these rules; the stored rules, ids assigned."""
        flag = self.ok(
            self.client.post(
                "/flags", json={"key": key, "name": key, "description": "", "default_value": default}
            )
        )
        stored = self.ok(self.client.put(f"/flags/{flag['id']}/rules", json={"rules": list(rules)}))
        return list(stored["rules"])

    def track(self, company_id: str, event: str, quantity: int, at: datetime | None = None) -> None:
        payload: dict[str, Any] = {
            "event_type": "track",
            "body": {"event": event, "company": {"domain": f"{company_id}.test"}, "quantity": quantity},
        }
        if at is not None:
            payload.update(sent_at=at.isoformat().replace("+00:00", "Z"), trusted_client_clock=True)
        self.ok(self.client.post("/events", json=payload))

    def check(self, company: str | None = None, user: str | None = None, key: str = "f") -> dict[str, Any]:
        context: dict[str, Any] = {}
        if company is not None:
            context["company"] = {"domain": f"{company}.test"}
        if user is not None:
            context["user"] = {"email": f"{user}@test"}
        return dict(self.ok(self.client.post(f"/flags/{key}/check", json=context)))

    def value(self, company: str | None = None, user: str | None = None) -> bool:
        return bool(self.check(company, user)["value"])


@pytest.fixture
def api(devserver: DevServer, secret_key: str) -> Iterator[Api]:
    with httpx.Client(
        base_url=devserver.url, headers={"X-Schematic-Api-Key": secret_key}, timeout=10
    ) as client:
        yield Api(client)


def cond(condition_type: str, operator: str = "eq", **fields: Any) -> dict[str, Any]:
    return {"condition_type": condition_type, "operator": operator, "resource_ids": [], **fields}


def company_is(*ids: str, operator: str = "eq") -> dict[str, Any]:
    return cond("company", operator, resource_ids=list(ids))


def user_is(*ids: str, operator: str = "eq") -> dict[str, Any]:
    return cond("user", operator, resource_ids=list(ids))


def trait(name: str, operator: str, value: str = "", **fields: Any) -> dict[str, Any]:
    return cond("trait", operator, trait_id=name, trait_value=value, **fields)


def metric(event: str, operator: str, value: int, period: str | None = "all_time") -> dict[str, Any]:
    return cond("metric", operator, event_subtype=event, metric_value=value, metric_period=period)


def rule(
    *conditions: dict[str, Any],
    value: bool = True,
    rule_type: str = "standard",
    priority: int = 0,
    groups: tuple[list[dict[str, Any]], ...] = (),
    name: str = "rule",
    rule_id: str | None = None,
) -> dict[str, Any]:
    made: dict[str, Any] = {
        "name": name,
        "value": value,
        "priority": priority,
        "rule_type": rule_type,
        "conditions": list(conditions),
        "condition_groups": [{"conditions": group} for group in groups],
    }
    if rule_id is not None:
        made["id"] = rule_id
    return made


@pytest.fixture
def people(api: Api) -> Api:
    """Acme (traits of each type), Globex (none), Alice (traits) and Bob (none)."""
    api.company(ACME, seats=10, tier="gold", beta=True, score="7.5", blank="", shared="from-company")
    api.company(GLOBEX)
    api.user(ALICE, role="admin", age=30, shared="from-user", only_user="yes")
    api.user(BOB)
    return api


# -- company and user conditions --------------------------------------------------------------


def test_company_eq_and_ne(people: Api) -> None:
    people.flag(rule(company_is(ACME)))
    assert (people.value(ACME), people.value(GLOBEX)) == (True, False)


def test_company_ne(people: Api) -> None:
    people.flag(rule(company_is(ACME, operator="ne")))
    assert (people.value(ACME), people.value(GLOBEX)) == (False, True)


def test_company_conditions_need_a_company(people: Api) -> None:
    people.flag(rule(company_is(ACME, operator="ne")))
    assert people.value(user=ALICE) is False


def test_user_eq_and_ne(people: Api) -> None:
    people.flag(rule(user_is(ALICE)), key="f")
    people.flag(rule(user_is(ALICE, operator="ne")), key="g")
    assert (people.value(user=ALICE), people.value(user=BOB)) == (True, False)
    assert [people.check(user=u, key="g")["value"] for u in (ALICE, BOB)] == [False, True]


def test_user_conditions_need_a_user_and_ignore_the_company(people: Api) -> None:
    people.flag(rule(user_is(ALICE, operator="ne")))
    assert people.value(company=ACME) is False
    assert people.value(company=ACME, user=BOB) is True


def test_unknown_keys_check_without_the_company_or_user(people: Api) -> None:
    people.flag(rule(company_is(ACME)), default=True)
    result = people.check(company="nobody", user="nobody")
    assert (result["value"], result["reason"]) == (True, REASON_NO_RULES_MATCHED)
    assert (result["company_id"], result["user_id"], result["rule_id"]) == (None, None, None)


# -- trait conditions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operator", "value", "expected"),
    [
        ("eq", "10", True),
        ("eq", "9", False),
        ("gt", "9", True),
        ("gt", "10", False),
        ("gte", "10", True),
        ("lt", "11", True),
        ("lt", "10", False),
        ("lte", "10", True),
        ("ne", "10", False),
        ("ne", "3", True),
    ],
)
def test_number_traits_compare_as_numbers(people: Api, operator: str, value: str, expected: bool) -> None:
    people.flag(rule(trait("seats", operator, value)))
    assert people.value(ACME) is expected


def test_number_traits_are_not_string_ordered(people: Api) -> None:
    """10 > 9 as numbers, though "10" < "9" as text."""
    people.flag(rule(trait("seats", "gt", "9")), key="f")
    people.flag(rule(trait("tier", "gt", "9")), key="g")
    assert people.value(ACME) is True
    assert people.check(ACME, key="g")["value"] is True  # "gold" > "9" as text


@pytest.mark.parametrize(
    ("operator", "value", "expected"),
    [
        ("eq", "gold", True),
        ("eq", "Gold", False),
        ("ne", "silver", True),
        ("gt", "f", True),
        ("lt", "f", False),
    ],
)
def test_string_traits_compare_as_text(people: Api, operator: str, value: str, expected: bool) -> None:
    people.flag(rule(trait("tier", operator, value)))
    assert people.value(ACME) is expected


@pytest.mark.parametrize(
    ("value", "expected"), [("true", True), ("1", True), ("TRUE", False), ("false", False)]
)
def test_boolean_traits_compare_as_booleans(people: Api, value: str, expected: bool) -> None:
    people.flag(rule(trait("beta", "eq", value)))
    assert people.value(ACME) is expected


def test_declared_type_decides_how_a_trait_compares(people: Api) -> None:
    """score holds "7.5": as a string it is less than "10"; declared a number, it is not greater than 7."""
    people.flag(rule(trait("score", "lt", "10")))
    assert people.value(ACME) is False
    assert people.define("company", "score", "number") == "etd_company_score"  # defined when first set: kept
    response = people.client.put("/entity-trait-definitions/etd_company_score", json={"trait_type": "number"})
    assert response.status_code == 200, response.text
    assert people.value(ACME) is True


@pytest.mark.parametrize(("name", "empty"), [("tier", False), ("blank", True), ("nowhere_defined", False)])
def test_is_empty_and_not_empty(people: Api, name: str, empty: bool) -> None:
    people.flag(rule(trait(name, "is_empty")), key="f")
    people.flag(rule(trait(name, "not_empty")), key="g")
    if name == "nowhere_defined":  # A trait no entity has and no one declared: the condition never matches.
        assert (people.value(ACME), people.check(ACME, key="g")["value"]) == (False, False)
        return
    assert (people.value(ACME), people.check(ACME, key="g")["value"]) == (empty, not empty)


def test_a_defined_trait_the_company_lacks_reads_as_empty(people: Api) -> None:
    people.flag(rule(trait("tier", "ne", "gold")), key="f")
    people.flag(rule(trait("tier", "is_empty")), key="g")
    assert (people.value(GLOBEX), people.check(GLOBEX, key="g")["value"]) == (True, True)
    assert (people.value(ACME), people.check(ACME, key="g")["value"]) == (False, False)


def test_trait_of_the_user(people: Api) -> None:
    people.flag(rule(trait("role", "eq", "admin")))
    assert (people.value(user=ALICE), people.value(user=BOB), people.value(company=ACME)) == (
        True,
        False,
        False,
    )


def test_trait_entity_type_is_respected(people: Api) -> None:
    people.flag(rule(trait("shared", "eq", "from-user", trait_entity_type="user")), key="f")
    people.flag(rule(trait("shared", "eq", "from-company", trait_entity_type="user")), key="g")
    assert people.value(ACME, ALICE) is True
    assert people.check(ACME, ALICE, key="g")["value"] is False


def test_trait_by_definition_id(people: Api) -> None:
    people.flag(rule(trait("etd_user_shared", "eq", "from-user")))
    assert (people.value(ACME, ALICE), people.value(ACME, BOB)) == (True, False)


def test_trait_by_name_prefers_the_company_definition(people: Api) -> None:
    people.flag(rule(trait("shared", "eq", "from-company")))
    assert (people.value(ACME, ALICE), people.value(user=ALICE)) == (True, False)


def test_trait_by_name_falls_back_to_the_user_definition(people: Api) -> None:
    people.flag(rule(trait("only_user", "eq", "yes")))
    assert (people.value(ACME, ALICE), people.value(ACME, BOB)) == (True, False)


def test_trait_compared_with_another_trait(people: Api) -> None:
    people.company("co_cap", seats=5, limit=8)
    people.company("co_full", seats=9, limit=8)
    people.flag(rule(trait("seats", "lt", comparison_trait_id="limit")))
    assert (people.value("co_cap"), people.value("co_full")) == (True, False)


# -- metric conditions and usage ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("operator", "allocation", "expected"),
    [
        ("lt", 6, True),
        ("lt", 5, False),
        ("lte", 5, True),
        ("gt", 4, True),
        ("gte", 6, False),
        ("eq", 5, True),
        ("ne", 5, False),
    ],
)
def test_metric_operators(people: Api, operator: str, allocation: int, expected: bool) -> None:
    people.track(ACME, "calls", 5)
    people.flag(rule(metric("calls", operator, allocation)))
    assert people.value(ACME) is expected


def test_metric_counts_the_right_event_and_company(people: Api) -> None:
    people.track(ACME, "calls", 3)
    people.track(ACME, "other", 50)
    people.track(GLOBEX, "calls", 50)
    people.flag(rule(metric("calls", "lt", 4)))
    assert (people.value(ACME), people.value(GLOBEX)) == (True, False)


def test_metric_needs_a_company(people: Api) -> None:
    people.flag(rule(metric("calls", "lt", 4)))
    assert (people.value(user=ALICE), people.value(ACME)) == (False, True)


def test_weeks_start_on_sunday(people: Api) -> None:
    now = datetime.now(timezone.utc)
    sunday = now.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=(now.weekday() + 1) % 7)
    people.track(ACME, "calls", 7, at=sunday - timedelta(seconds=1))
    people.track(ACME, "calls", 2, at=sunday)
    people.flag(rule(metric("calls", "eq", 2, "current_week")))
    assert people.value(ACME) is True


def test_entitlement_rule_reports_its_usage(people: Api) -> None:
    people.track(ACME, "calls", 3)
    (stored,) = people.flag(rule(metric("calls", "lt", 5, "current_month"), rule_type="plan_entitlement"))
    result = people.check(ACME)
    assert (result["value"], result["rule_id"], result["rule_type"]) == (
        True,
        stored["id"],
        "plan_entitlement",
    )
    fields = [result[f"feature_{name}"] for name in ("allocation", "usage", "usage_event", "usage_period")]
    assert fields == [5, 3, "calls", "current_month"]
    now = datetime.now(timezone.utc)
    next_month = (now.replace(day=1, hour=0, minute=0, second=0, microsecond=0) + timedelta(days=32)).replace(
        day=1
    )
    assert datetime.fromisoformat(result["feature_usage_reset_at"].replace("Z", "+00:00")) == next_month
    people.track(ACME, "calls", 2)
    over = people.check(ACME)
    assert (over["value"], over["rule_id"], over["feature_usage"]) == (False, None, None)


def test_standard_rules_report_no_usage(people: Api) -> None:
    people.flag(rule(metric("calls", "lt", 5)))
    result = people.check(ACME)
    assert result["value"] is True
    assert [result[f"feature_{n}"] for n in ("allocation", "usage", "usage_event")] == [None, None, None]


# -- combining conditions -----------------------------------------------------------------------


def test_conditions_are_anded(people: Api) -> None:
    people.flag(rule(company_is(ACME), user_is(ALICE)))
    assert (people.value(ACME, ALICE), people.value(ACME, BOB), people.value(GLOBEX, ALICE)) == (
        True,
        False,
        False,
    )


def test_every_condition_group_must_have_a_match(people: Api) -> None:
    people.flag(rule(groups=([company_is(ACME), company_is(GLOBEX)], [user_is(ALICE)])))
    assert (people.value(GLOBEX, ALICE), people.value(ACME, ALICE), people.value(ACME, BOB)) == (
        True,
        True,
        False,
    )


def test_conditions_and_groups_combine(people: Api) -> None:
    people.flag(rule(company_is(ACME), groups=([user_is(ALICE), user_is(BOB)],)))
    assert (people.value(ACME, BOB), people.value(GLOBEX, BOB)) == (True, False)


def test_an_empty_condition_group_never_matches(people: Api) -> None:
    people.flag(rule(groups=([],)))
    assert people.value(ACME, ALICE) is False


def test_a_rule_without_conditions_matches_everyone(people: Api) -> None:
    people.flag(rule())
    assert (people.value(), people.value(ACME), people.value(user=BOB)) == (True, True, True)


# -- rule order ---------------------------------------------------------------------------------


def test_rule_type_precedence(people: Api) -> None:
    """global override, company override, plan entitlement, the usage-exceeded types, standard, default."""
    order = ["global_override", "company_override", "plan_entitlement", "company_override_usage_exceeded"]
    order += ["plan_entitlement_usage_exceeded", "standard"]
    stored = people.flag(
        *(rule(rule_type=t, name=t, value=i % 2 == 0) for i, t in enumerate(reversed(order)))
    )
    result = people.check(ACME)
    assert result["rule_type"] == "global_override"
    assert result["rule_id"] == next(r["id"] for r in stored if r["rule_type"] == "global_override")
    for position, rule_type in enumerate(order[1:], start=1):
        remaining = order[position:]
        people.client.put(
            f"/flags/{stored[0]['flag_id']}/rules",
            json={"rules": [rule(company_is(ACME), rule_type=t, name=t) for t in reversed(remaining)]},
        )
        assert people.check(ACME)["rule_type"] == rule_type


def test_missing_rule_type_is_standard(people: Api) -> None:
    made = rule()
    del made["rule_type"]
    people.flag(made)
    assert people.check(ACME)["rule_type"] == "standard"


def test_priority_orders_standard_rules(people: Api) -> None:
    people.flag(rule(value=False, priority=2, name="late"), rule(value=True, priority=1, name="early"))
    result = people.check(ACME)
    assert (result["value"], result["reason"].split('"')[1]) == (True, "early")


def test_priority_ties_keep_input_order(people: Api) -> None:
    people.flag(rule(value=False, name="first"), rule(value=True, name="second"))
    assert people.check(ACME)["reason"].split('"')[1] == "first"


def test_priority_does_not_cross_rule_types(people: Api) -> None:
    people.flag(
        rule(value=False, priority=-5, name="standard"),
        rule(value=True, priority=9, rule_type="global_override"),
    )
    assert people.value(ACME) is True


def test_non_matching_rules_are_skipped(people: Api) -> None:
    people.flag(rule(company_is(GLOBEX), rule_type="company_override", value=False), rule(value=True))
    assert (people.value(ACME), people.value(GLOBEX)) == (True, False)


def test_a_global_override_matches_whatever_its_conditions(people: Api) -> None:
    people.flag(rule(company_is(GLOBEX), rule_type="global_override", value=True))
    assert (people.value(ACME), people.value()) == (True, True)


@pytest.mark.parametrize("default", [True, False])
def test_no_matching_rule_gives_the_default(people: Api, default: bool) -> None:
    people.flag(rule(company_is(GLOBEX), value=not default), default=default)
    result = people.check(ACME)
    assert (result["value"], result["reason"], result["rule_type"]) == (
        default,
        REASON_NO_RULES_MATCHED,
        None,
    )


def test_default_rule_gives_its_own_value_after_all_others(people: Api) -> None:
    (default_rule, _) = people.flag(
        rule(rule_type="default", value=True, name="fallback", rule_id="rule_fallback"),
        rule(company_is(GLOBEX)),
    )
    result = people.check(ACME)
    assert (result["value"], result["rule_type"], result["rule_id"]) == (True, "default", default_rule["id"])
    assert people.check(GLOBEX)["rule_type"] == "standard"


def test_the_reason_names_the_rule(people: Api) -> None:
    people.flag(rule(name="Beta testers", rule_id="rule_beta", rule_type="company_override"))
    assert people.check(ACME)["reason"] == 'Matched company override rule "Beta testers" (rule_beta)'


# -- references to what does not exist: no match, never a 500 -----------------------------------


@pytest.mark.parametrize(
    "missing",
    [
        cond("plan", resource_ids=["plan_missing"]),
        cond("base_plan", resource_ids=["plan_missing"]),
        cond("plan_version", resource_ids=["plv_missing"]),
        cond("billing_product", resource_ids=["bp_missing"]),
        cond("credit", "lte", credit_id="bcr_missing", credit_cost=1.0),
        cond("credit", "eq"),
        trait("etd_company_missing", "ne", "x"),
        trait("missing", "is_empty"),
        cond("trait", "eq"),
        cond("metric", "lt", metric_value=5),
        metric("calls", "lt", 5) | {"comparison_trait_id": "etd_company_missing"},
    ],
)
def test_a_rule_on_something_missing_never_matches(people: Api, missing: dict[str, Any]) -> None:
    people.flag(rule(missing, rule_type="plan_entitlement"), default=False)
    for company, user in ((ACME, ALICE), (GLOBEX, None), (None, BOB), (None, None)):
        result = people.check(company, user)
        assert (result["value"], result["rule_id"]) == (False, None)


def test_a_flag_of_a_missing_feature_is_checked_like_any_other(people: Api) -> None:
    flag = people.client.post(
        "/flags", json={"key": "g", "name": "g", "description": "", "feature_id": "feat_missing"}
    ).json()["data"]
    people.client.put(
        f"/flags/{flag['id']}/rules", json={"rules": [rule(cond("plan", resource_ids=["plan_x"]))]}
    )
    result = people.check(ACME, key="g")
    assert (result["value"], result["rule_id"], result.get("entitlement")) == (False, None, None)


def test_rules_on_a_deleted_plan_or_credit_stop_matching(people: Api) -> None:
    plan = people.ok(people.client.post("/plans", json={"name": "Pro", "plan_type": "plan"}))["id"]
    people.ok(people.client.put(f"/company-plans/{ACME}", json={"base_plan_id": plan, "add_on_ids": []}))
    credit = people.ok(
        people.client.post("/billing/credits", json={"name": "c", "description": "", "currency": "usd"})
    )
    grant = {"company_id": ACME, "credit_id": credit["id"], "quantity": 5, "reason": "free"}
    people.ok(people.client.post("/billing/credits/grants/company", json=grant))
    people.flag(rule(cond("plan", resource_ids=[plan])), key="f")
    people.flag(rule(cond("credit", "lte", credit_id=credit["id"], credit_cost=1.0)), key="g")
    assert (people.value(ACME), people.check(ACME, key="g")["value"]) == (True, True)
    assert (people.value(GLOBEX), people.check(GLOBEX, key="g")["value"]) == (False, False)
    people.ok(people.client.delete(f"/plans/{plan}"))
    people.ok(people.client.delete(f"/billing/credits/{credit['id']}"))
    assert (people.value(ACME), people.check(ACME, key="g")["value"]) == (False, False)


def test_a_deleted_feature_takes_its_entitlement_rules_with_it(people: Api) -> None:
    body = {"name": "SSO", "description": "", "feature_type": "boolean"}
    feature = people.ok(people.client.post("/features", json=body))["id"]
    plan = people.ok(people.client.post("/plans", json={"name": "Pro", "plan_type": "plan"}))["id"]
    entitlement = {"plan_id": plan, "feature_id": feature, "value_type": "boolean", "value_bool": True}
    people.ok(people.client.post("/plan-entitlements", json=entitlement))
    people.ok(people.client.put(f"/company-plans/{ACME}", json={"base_plan_id": plan, "add_on_ids": []}))
    flag = {"key": "f", "name": "f", "description": "", "feature_id": feature}
    people.ok(people.client.post("/flags", json=flag))
    hit = people.check(ACME)
    assert (hit["value"], hit["rule_type"], hit["entitlement"]["feature_id"]) == (
        True,
        "plan_entitlement",
        feature,
    )
    assert people.value(GLOBEX) is False
    people.ok(people.client.delete(f"/features/{feature}"))
    gone = people.check(ACME)
    assert (gone["value"], gone["rule_id"], gone.get("entitlement")) == (False, None, None)
